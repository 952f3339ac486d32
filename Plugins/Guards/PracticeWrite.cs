using System;
using System.Linq;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Guards;

/// <summary>Reads one Create, Update or SetState of a dvs_bestpractice as the Domain's <see cref="PracticeChange"/>.</summary>
public static class PracticeWrite
{
    /// <summary>
    /// The columns that are the practice's content: what a rep reads and the ranking matches on, and what makes one
    /// version differ from the next. Statistics, review flags and ownership are not content; the learning steps and
    /// managers keep changing them on approved practices.
    /// </summary>
    public static readonly string[] ContentColumns =
    {
        BestPracticeSchema.Name, BestPracticeSchema.PracticeKey, BestPracticeSchema.Summary, BestPracticeSchema.Body,
        BestPracticeSchema.Topic, BestPracticeSchema.Industries, BestPracticeSchema.Regions, BestPracticeSchema.ProductFamilies,
        BestPracticeSchema.BuyerRoles, BestPracticeSchema.Competitors, BestPracticeSchema.Keywords, BestPracticeSchema.DealSizeBand,
        BestPracticeSchema.SalesStages, BestPracticeSchema.Version, BestPracticeSchema.ReviewOn, BestPracticeSchema.ExpiresOn,
        BestPracticeSchema.SourceOpportunity, BestPracticeSchema.PreviousVersion,
    };

    /// <summary>The columns the guard's pre-images hold: the content, the status and the approval stamps.</summary>
    public static readonly string[] ImageColumns = ContentColumns
        .Concat(new[] { BestPracticeSchema.StateCode, BestPracticeSchema.StatusCode, BestPracticeSchema.Approver, BestPracticeSchema.ApprovedOn })
        .ToArray();

    /// <summary>The stored row with the write's values on top.</summary>
    public static Entity Merge(Entity? stored, Entity? target, Guid id)
    {
        var merged = new Entity(BestPracticeSchema.Table, id);
        foreach (var source in new[] { stored, target })
        {
            if (source is null)
            {
                continue;
            }

            foreach (var attribute in source.Attributes)
            {
                merged[attribute.Key] = attribute.Value;
            }

            foreach (var formatted in source.FormattedValues)
            {
                merged.FormattedValues[formatted.Key] = formatted.Value;
            }
        }

        return merged;
    }

    /// <summary>The status a write leaves the practice in: its status reason, else its state's default reason, else the stored status.</summary>
    public static PracticeStatus StatusAfter(OptionSetValue? statusCode, OptionSetValue? stateCode, PracticeStatus? stored)
    {
        if (statusCode is { Value: not -1 })
        {
            return StatusOf(statusCode.Value);
        }

        if (stateCode is not null)
        {
            return stateCode.Value == BestPracticeSchema.StateInactive ? PracticeStatus.Retired
                : stored is { } s && s != PracticeStatus.Retired ? s : PracticeStatus.Draft;
        }

        return stored ?? PracticeStatus.Draft;
    }

    /// <summary>The lifecycle status a status reason stands for.</summary>
    /// <exception cref="ArgumentException">A status reason the package does not define.</exception>
    public static PracticeStatus StatusOf(int statusCode) => statusCode switch
    {
        BestPracticeSchema.StatusDraft => PracticeStatus.Draft,
        BestPracticeSchema.StatusSubmitted => PracticeStatus.Submitted,
        BestPracticeSchema.StatusApproved => PracticeStatus.Approved,
        BestPracticeSchema.StatusRejected => PracticeStatus.Rejected,
        BestPracticeSchema.StatusRetired => PracticeStatus.Retired,
        _ => throw new ArgumentException($"{BestPracticeSchema.StatusCode} {statusCode} is not a practice status this package defines."),
    };

    /// <summary>Whether the write sets any of <paramref name="columns"/> to a value other than the stored one.</summary>
    public static bool Changes(Entity? target, Entity? stored, params string[] columns) =>
        target is not null && columns.Any(c => target.Attributes.ContainsKey(c) && !SameValue(target[c], stored is not null && stored.Attributes.ContainsKey(c) ? stored[c] : null));

    // net462 has no ValueTuple, so the pairs are matched one by one.
    private static bool SameValue(object? written, object? stored)
    {
        if (written is null || stored is null)
        {
            return IsEmpty(written) && IsEmpty(stored);
        }

        return written switch
        {
            OptionSetValue w => stored is OptionSetValue s && w.Value == s.Value,
            EntityReference w => stored is EntityReference s && w.Id == s.Id,
            OptionSetValueCollection w => stored is OptionSetValueCollection s
                && w.Select(v => v.Value).OrderBy(v => v).SequenceEqual(s.Select(v => v.Value).OrderBy(v => v)),
            DateTime w => stored is DateTime s && w.ToUniversalTime() == s.ToUniversalTime(),
            Money w => stored is Money s && w.Value == s.Value,
            _ => Equals(written, stored),
        };
    }

    private static bool IsEmpty(object? value) => value is null || value is string { Length: 0 } || value is OptionSetValueCollection { Count: 0 };

    /// <summary>The practice a merged row describes, for the rules that read its fields.</summary>
    public static Practice ToPractice(Entity merged) => PracticeMapper.ToPractice(merged);
}
