using System;
using System.Globalization;
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

    /// <summary>Reads the version: one RetrieveMultiple of an aggregate FetchXML query.</summary>
    public static LibraryVersion Read(IOrganizationService service)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var fetch = string.Format(
            CultureInfo.InvariantCulture,
            "<fetch aggregate=\"true\"><entity name=\"{0}\"><attribute name=\"{1}\" alias=\"{2}\" aggregate=\"count\" /><attribute name=\"{3}\" alias=\"{4}\" aggregate=\"max\" />"
            + "<filter><condition attribute=\"{5}\" operator=\"eq\" value=\"{6}\" /><condition attribute=\"{7}\" operator=\"eq\" value=\"{8}\" /></filter></entity></fetch>",
            BestPracticeSchema.Table, BestPracticeSchema.Id, CountAlias, BestPracticeSchema.ModifiedOn, LatestAlias,
            BestPracticeSchema.StateCode, BestPracticeSchema.StateActive, BestPracticeSchema.StatusCode, BestPracticeSchema.StatusApproved);
        var rows = service.RetrieveMultiple(new FetchExpression(fetch)).Entities;
        if (rows.Count == 0)
        {
            return new LibraryVersion(0, null);
        }

        var row = rows[0];
        var count = Convert.ToInt32(row.GetAttributeValue<AliasedValue>(CountAlias)?.Value ?? 0, CultureInfo.InvariantCulture);
        var latest = row.GetAttributeValue<AliasedValue>(LatestAlias)?.Value as DateTime?;
        return new LibraryVersion(count, latest is { } l ? DateTime.SpecifyKind(l, DateTimeKind.Utc) : null);
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
