using System;
using System.Globalization;
using System.ServiceModel;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// Which approved library an organization holds, read by one aggregate query: how many approved practices there
/// are and when the latest of them changed. Any change to the library moves one of the two: a practice that is
/// approved, edited or re-approved gets a newer <c>modifiedon</c>; one that is retired, rejected or deleted lowers
/// the count (and a mix of both still moves the latest change). The one blind spot is a change within the same
/// second as the latest one read, since <c>modifiedon</c> has whole seconds: <see cref="IsSettledAt"/> tells a
/// caller when a version is too fresh to cache under.
/// </summary>
public sealed class LibraryVersion : IEquatable<LibraryVersion>
{
    private const string CountAlias = "approvedcount";
    private const string LatestAlias = "latestchange";

    /// <summary>Creates a version.</summary>
    public LibraryVersion(int count, DateTime? latestChangeUtc)
    {
        Count = count;
        LatestChangeUtc = latestChangeUtc;
    }

    /// <summary>Approved, active practices.</summary>
    public int Count { get; }

    /// <summary>The latest <c>modifiedon</c> among them; null when there are none.</summary>
    public DateTime? LatestChangeUtc { get; }

    /// <summary>
    /// Dataverse refuses an aggregate over more than 50,000 rows (AggregateQueryRecordLimit) with this code, or over
    /// more than a fetch's aggregatelimit.
    /// </summary>
    public const int AggregateLimitExceeded = -2147164125;

    /// <summary>
    /// Reads the version: one RetrieveMultiple of an aggregate FetchXML query. A library too large to aggregate
    /// (over 50,000 approved practices, or over <paramref name="aggregateLimit"/>) is counted instead from its
    /// modifiedon column in pages of 5,000: ceil(L / 5,000) more reads, still the exact count and latest change.
    /// </summary>
    public static LibraryVersion Read(IOrganizationService service, int? aggregateLimit = null)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var fetch = string.Format(
            CultureInfo.InvariantCulture,
            "<fetch aggregate=\"true\"{9}><entity name=\"{0}\"><attribute name=\"{1}\" alias=\"{2}\" aggregate=\"count\" /><attribute name=\"{3}\" alias=\"{4}\" aggregate=\"max\" />"
            + "<filter><condition attribute=\"{5}\" operator=\"eq\" value=\"{6}\" /><condition attribute=\"{7}\" operator=\"eq\" value=\"{8}\" /></filter></entity></fetch>",
            BestPracticeSchema.Table, BestPracticeSchema.Id, CountAlias, BestPracticeSchema.ModifiedOn, LatestAlias,
            BestPracticeSchema.StateCode, BestPracticeSchema.StateActive, BestPracticeSchema.StatusCode, BestPracticeSchema.StatusApproved,
            aggregateLimit is { } limit ? string.Format(CultureInfo.InvariantCulture, " aggregatelimit=\"{0}\"", limit) : string.Empty);
        DataCollection<Entity> rows;
        try
        {
            rows = service.RetrieveMultiple(new FetchExpression(fetch)).Entities;
        }
        catch (FaultException<OrganizationServiceFault> e) when (e.Detail?.ErrorCode == AggregateLimitExceeded)
        {
            return ReadByPages(service);
        }

        if (rows.Count == 0)
        {
            return new LibraryVersion(0, null);
        }

        var row = rows[0];
        var count = Convert.ToInt32(row.GetAttributeValue<AliasedValue>(CountAlias)?.Value ?? 0, CultureInfo.InvariantCulture);
        var latest = row.GetAttributeValue<AliasedValue>(LatestAlias)?.Value as DateTime?;
        return new LibraryVersion(count, latest is { } l ? DateTime.SpecifyKind(l, DateTimeKind.Utc) : null);
    }

    // The same filter as the aggregate, one narrow column, ordered by id so the pages are stable.
    private static LibraryVersion ReadByPages(IOrganizationService service)
    {
        var query = new QueryExpression(BestPracticeSchema.Table)
        {
            ColumnSet = new ColumnSet(BestPracticeSchema.ModifiedOn),
            PageInfo = new PagingInfo { Count = ApprovedLibrary.PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(BestPracticeSchema.StateCode, ConditionOperator.Equal, BestPracticeSchema.StateActive);
        query.Criteria.AddCondition(BestPracticeSchema.StatusCode, ConditionOperator.Equal, BestPracticeSchema.StatusApproved);
        query.AddOrder(BestPracticeSchema.Id, OrderType.Ascending);
        var count = 0;
        DateTime? latest = null;
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                count++;
                if (row.GetAttributeValue<DateTime?>(BestPracticeSchema.ModifiedOn) is { } modified && (latest is null || modified > latest))
                {
                    latest = modified;
                }
            }

            if (!page.MoreRecords)
            {
                return new LibraryVersion(count, latest is { } l ? DateTime.SpecifyKind(l, DateTimeKind.Utc) : null);
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>
    /// Whether no further change can hide behind this version: its latest change is at least a second before
    /// <paramref name="nowUtc"/>, so any later change gets a later <c>modifiedon</c> (seconds are the column's precision).
    /// </summary>
    public bool IsSettledAt(DateTime nowUtc) => LatestChangeUtc is not { } latest || latest.AddSeconds(1) < nowUtc;

    /// <inheritdoc />
    public bool Equals(LibraryVersion? other) =>
        other is not null && Count == other.Count && Nullable.Equals(LatestChangeUtc, other.LatestChangeUtc);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LibraryVersion);

    /// <inheritdoc />
    public override int GetHashCode() => (Count * 397) ^ (LatestChangeUtc?.GetHashCode() ?? 0);

    /// <inheritdoc />
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} approved, latest change {1:O}", Count, LatestChangeUtc);
}
