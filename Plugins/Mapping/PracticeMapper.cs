using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Mapping;

/// <summary>Maps dvs_bestpractice rows to the Domain's <see cref="Practice"/> and back.</summary>
public static class PracticeMapper
{
    /// <summary>The columns <see cref="ToPractice"/> reads; retrieve these and no more.</summary>
    public static readonly string[] Columns =
    {
        BestPracticeSchema.Name, BestPracticeSchema.PracticeKey, BestPracticeSchema.Summary, BestPracticeSchema.Body,
        BestPracticeSchema.Topic, BestPracticeSchema.Industries, BestPracticeSchema.Regions, BestPracticeSchema.ProductFamilies,
        BestPracticeSchema.BuyerRoles, BestPracticeSchema.Competitors, BestPracticeSchema.Keywords, BestPracticeSchema.DealSizeBand,
        BestPracticeSchema.SalesStages, BestPracticeSchema.Version, BestPracticeSchema.ReviewOn, BestPracticeSchema.ExpiresOn,
        BestPracticeSchema.SourceOpportunity, BestPracticeSchema.Approver, BestPracticeSchema.AppliedWon, BestPracticeSchema.AppliedLost,
        BestPracticeSchema.BaselineWon, BestPracticeSchema.BaselineLost, BestPracticeSchema.CompetitorOutcomes, BestPracticeSchema.StatusCode,
        BestPracticeSchema.ApprovedOn, BestPracticeSchema.PreviousVersion, BestPracticeSchema.TimesApplied, BestPracticeSchema.TimesDismissed,
        BestPracticeSchema.RatingCount, BestPracticeSchema.RatingTotal,
    };

    /// <summary>
    /// The columns that hold a practice's statistics (<see cref="StatisticsColumns(EffectivenessStats)"/> writes them):
    /// facts about its use, not its content, so they change on approved and retired practices too.
    /// </summary>
    public static readonly string[] StatisticsColumnNames =
    {
        BestPracticeSchema.AppliedWon, BestPracticeSchema.AppliedLost, BestPracticeSchema.BaselineWon, BestPracticeSchema.BaselineLost,
        BestPracticeSchema.CompetitorOutcomes, BestPracticeSchema.TimesApplied, BestPracticeSchema.TimesDismissed,
        BestPracticeSchema.RatingCount, BestPracticeSchema.RatingTotal, BestPracticeSchema.EffectivenessScore, BestPracticeSchema.FlaggedForReview,
    };

    /// <summary>Reads a practice; a value the package does not know is an error naming the record and column.</summary>
    /// <exception cref="ArgumentException">The row holds a topic, band, stage or status value the package does not define, a
    /// negative count, or an unreadable line in <c>dvs_competitoroutcomes</c>.</exception>
    public static Practice ToPractice(Entity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var where = $"{BestPracticeSchema.Table} {row.Id:D}";
        var status = ToStatus(row.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode), where);
        return new Practice
        {
            Id = row.Id.ToString("D"),
            Title = row.GetAttributeValue<string>(BestPracticeSchema.Name) ?? string.Empty,
            Summary = row.GetAttributeValue<string>(BestPracticeSchema.Summary) ?? string.Empty,
            Body = row.GetAttributeValue<string>(BestPracticeSchema.Body) ?? string.Empty,
            Topic = ToTopic(row.GetAttributeValue<OptionSetValue>(BestPracticeSchema.Topic), where),
            Industries = ValueList.Split(row.GetAttributeValue<string>(BestPracticeSchema.Industries)),
            Regions = ValueList.Split(row.GetAttributeValue<string>(BestPracticeSchema.Regions)),
            ProductFamilies = ValueList.Split(row.GetAttributeValue<string>(BestPracticeSchema.ProductFamilies)),
            BuyerRoles = ValueList.Split(row.GetAttributeValue<string>(BestPracticeSchema.BuyerRoles)),
            Competitors = ValueList.Split(row.GetAttributeValue<string>(BestPracticeSchema.Competitors)),
            Keywords = ValueList.Split(row.GetAttributeValue<string>(BestPracticeSchema.Keywords)),
            DealSizeBand = ToBand(row.GetAttributeValue<OptionSetValue>(BestPracticeSchema.DealSizeBand), where),
            SalesStages = ToStages(row.GetAttributeValue<OptionSetValueCollection>(BestPracticeSchema.SalesStages), where),
            Status = status,
            Version = Math.Max(1, row.GetAttributeValue<int?>(BestPracticeSchema.Version) ?? 1),
            ReviewOnUtc = AsUtc(row.GetAttributeValue<DateTime?>(BestPracticeSchema.ReviewOn)),
            ExpiresOnUtc = AsUtc(row.GetAttributeValue<DateTime?>(BestPracticeSchema.ExpiresOn)),
            // Stamped by the lifecycle guard when the approval happens; modifiedon moves with every statistics update.
            ApprovedOnUtc = AsUtc(row.GetAttributeValue<DateTime?>(BestPracticeSchema.ApprovedOn)),
            SourceOpportunityId = row.GetAttributeValue<EntityReference>(BestPracticeSchema.SourceOpportunity)?.Id.ToString("D"),
            ApproverId = row.GetAttributeValue<EntityReference>(BestPracticeSchema.Approver)?.Id.ToString("D"),
            PreviousVersionId = row.GetAttributeValue<EntityReference>(BestPracticeSchema.PreviousVersion)?.Id.ToString("D"),
            Effectiveness = new EffectivenessStats
            {
                AppliedWon = NonNegative(row, BestPracticeSchema.AppliedWon, where),
                AppliedLost = NonNegative(row, BestPracticeSchema.AppliedLost, where),
                BaselineWon = NonNegative(row, BestPracticeSchema.BaselineWon, where),
                BaselineLost = NonNegative(row, BestPracticeSchema.BaselineLost, where),
                AgainstCompetitors = CompetitorOutcomesColumn.Parse(row.GetAttributeValue<string>(BestPracticeSchema.CompetitorOutcomes), where),
                TimesApplied = NonNegative(row, BestPracticeSchema.TimesApplied, where),
                TimesDismissed = NonNegative(row, BestPracticeSchema.TimesDismissed, where),
                RatingCount = NonNegative(row, BestPracticeSchema.RatingCount, where),
                RatingTotal = NonNegative(row, BestPracticeSchema.RatingTotal, where),
            },
        };
    }

    /// <summary>Writes a practice's columns onto a new row (id kept when the practice id is a GUID).</summary>
    public static Entity ToEntity(Practice practice)
    {
        if (practice is null)
        {
            throw new ArgumentNullException(nameof(practice));
        }

        var row = Guid.TryParse(practice.Id, out var id) ? new Entity(BestPracticeSchema.Table, id) : new Entity(BestPracticeSchema.Table);
        row[BestPracticeSchema.Name] = practice.Title;
        row[BestPracticeSchema.Summary] = NullIfEmpty(practice.Summary);
        row[BestPracticeSchema.Body] = NullIfEmpty(practice.Body);
        row[BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue + (int)practice.Topic);
        row[BestPracticeSchema.Industries] = ValueList.Join(practice.Industries);
        row[BestPracticeSchema.Regions] = ValueList.Join(practice.Regions);
        row[BestPracticeSchema.ProductFamilies] = ValueList.Join(practice.ProductFamilies);
        row[BestPracticeSchema.BuyerRoles] = ValueList.Join(practice.BuyerRoles);
        row[BestPracticeSchema.Competitors] = ValueList.Join(practice.Competitors);
        row[BestPracticeSchema.Keywords] = ValueList.Join(practice.Keywords);
        row[BestPracticeSchema.DealSizeBand] = practice.DealSizeBand is { } band ? new OptionSetValue(BestPracticeSchema.FirstDealSizeBandValue + (int)band) : null;
        row[BestPracticeSchema.SalesStages] = practice.SalesStages.Count == 0
            ? null
            : new OptionSetValueCollection(practice.SalesStages.Distinct().OrderBy(s => s).Select(s => new OptionSetValue((int)s)).ToList());
        row[BestPracticeSchema.Version] = practice.Version;
        row[BestPracticeSchema.ReviewOn] = practice.ReviewOnUtc;
        row[BestPracticeSchema.ExpiresOn] = practice.ExpiresOnUtc;
        foreach (var column in StatisticsColumns(practice.Effectiveness))
        {
            // A new row starts unflagged (the column's default); the learning steps set the flag when outcomes say so.
            if (column.Key != BestPracticeSchema.FlaggedForReview)
            {
                row[column.Key] = column.Value;
            }
        }
        if (Guid.TryParse(practice.SourceOpportunityId, out var source))
        {
            row[BestPracticeSchema.SourceOpportunity] = new EntityReference(OpportunitySchema.Table, source);
        }

        if (practice.ApprovedOnUtc is { } approvedOn)
        {
            row[BestPracticeSchema.ApprovedOn] = approvedOn;
        }

        if (Guid.TryParse(practice.PreviousVersionId, out var previous))
        {
            row[BestPracticeSchema.PreviousVersion] = new EntityReference(BestPracticeSchema.Table, previous);
        }

        if (Guid.TryParse(practice.ApproverId, out var approver))
        {
            row[BestPracticeSchema.Approver] = new EntityReference("systemuser", approver);
        }

        return row;
    }

    /// <summary>The values of <see cref="StatisticsColumnNames"/> for <paramref name="stats"/>, the review flag included.</summary>
    public static AttributeCollection StatisticsColumns(EffectivenessStats stats)
    {
        if (stats is null)
        {
            throw new ArgumentNullException(nameof(stats));
        }

        return new AttributeCollection
        {
            [BestPracticeSchema.AppliedWon] = stats.AppliedWon,
            [BestPracticeSchema.AppliedLost] = stats.AppliedLost,
            [BestPracticeSchema.BaselineWon] = stats.BaselineWon,
            [BestPracticeSchema.BaselineLost] = stats.BaselineLost,
            [BestPracticeSchema.CompetitorOutcomes] = CompetitorOutcomesColumn.Format(stats.AgainstCompetitors),
            [BestPracticeSchema.TimesApplied] = stats.TimesApplied,
            [BestPracticeSchema.TimesDismissed] = stats.TimesDismissed,
            [BestPracticeSchema.RatingCount] = stats.RatingCount,
            [BestPracticeSchema.RatingTotal] = stats.RatingTotal,
            [BestPracticeSchema.EffectivenessScore] = Math.Round((decimal)stats.ConservativeLift * 100m, 4),
            [BestPracticeSchema.FlaggedForReview] = Domain.Learning.ReviewFlagRule.NeedsReview(stats),
        };
    }

    /// <summary>The statuscode (status reason) that represents a lifecycle status.</summary>
    public static int StatusCodeOf(PracticeStatus status) => status switch
    {
        PracticeStatus.Draft => BestPracticeSchema.StatusDraft,
        PracticeStatus.Submitted => BestPracticeSchema.StatusSubmitted,
        PracticeStatus.Approved => BestPracticeSchema.StatusApproved,
        PracticeStatus.Rejected => BestPracticeSchema.StatusRejected,
        PracticeStatus.Retired => BestPracticeSchema.StatusRetired,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a practice status"),
    };

    /// <summary>The statecode a lifecycle status belongs to: only Retired is inactive.</summary>
    public static int StateCodeOf(PracticeStatus status) =>
        status == PracticeStatus.Retired ? BestPracticeSchema.StateInactive : BestPracticeSchema.StateActive;

    private static PracticeStatus ToStatus(OptionSetValue? value, string where) => value?.Value switch
    {
        null or BestPracticeSchema.StatusDraft => PracticeStatus.Draft,
        BestPracticeSchema.StatusSubmitted => PracticeStatus.Submitted,
        BestPracticeSchema.StatusApproved => PracticeStatus.Approved,
        BestPracticeSchema.StatusRejected => PracticeStatus.Rejected,
        BestPracticeSchema.StatusRetired => PracticeStatus.Retired,
        _ => throw Unknown(where, BestPracticeSchema.StatusCode, value.Value, "status reason"),
    };

    private static PracticeTopic ToTopic(OptionSetValue? value, string where)
    {
        if (value is null)
        {
            throw new ArgumentException($"{where}: {BestPracticeSchema.Topic} is empty; every practice needs a topic.");
        }

        var topic = value.Value - BestPracticeSchema.FirstTopicValue;
        return Enum.IsDefined(typeof(PracticeTopic), topic) ? (PracticeTopic)topic : throw Unknown(where, BestPracticeSchema.Topic, value.Value, "practice topic");
    }

    private static DealSizeBand? ToBand(OptionSetValue? value, string where)
    {
        if (value is null)
        {
            return null;
        }

        var band = value.Value - BestPracticeSchema.FirstDealSizeBandValue;
        return Enum.IsDefined(typeof(DealSizeBand), band) ? (DealSizeBand)band : throw Unknown(where, BestPracticeSchema.DealSizeBand, value.Value, "deal size band");
    }

    private static IReadOnlyList<SalesStage> ToStages(OptionSetValueCollection? values, string where)
    {
        if (values is null || values.Count == 0)
        {
            return Array.Empty<SalesStage>();
        }

        return values.Select(v => Enum.IsDefined(typeof(SalesStage), v.Value) ? (SalesStage)v.Value : throw Unknown(where, BestPracticeSchema.SalesStages, v.Value, "sales stage"))
            .Distinct()
            .OrderBy(s => s)
            .ToList();
    }

    private static int NonNegative(Entity row, string column, string where)
    {
        var value = row.GetAttributeValue<int?>(column) ?? 0;
        return value >= 0 ? value : throw new ArgumentException($"{where}: {column} is {value.ToString(CultureInfo.InvariantCulture)}; a count of deals cannot be negative.");
    }

    private static DateTime? AsUtc(DateTime? value) =>
        value is { } v ? (v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static ArgumentException Unknown(string where, string column, int value, string what) =>
        new($"{where}: {column} holds {value.ToString(CultureInfo.InvariantCulture)}, which is not a {what} this package defines.");
}
