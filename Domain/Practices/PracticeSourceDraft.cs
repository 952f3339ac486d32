using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// Tagging a closed deal as a practice source: who may, when, and the Draft it starts. The draft is a first pass a
/// manager edits before submitting: its facts come from the deal, its words from the close notes.
/// </summary>
public static class PracticeSourceDraft
{
    /// <summary>The longest title dvs_name holds.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest summary dvs_summary holds.</summary>
    public const int MaxSummaryLength = 2000;

    /// <summary>Why the tag is refused, in a manager's words; null when it is allowed.</summary>
    public static string? Refusal(ClosedDeal deal, bool callerIsManager)
    {
        if (deal is null)
        {
            throw new ArgumentNullException(nameof(deal));
        }

        if (!callerIsManager)
        {
            return $"Only a sales manager can tag \"{deal.Name}\" as a practice source; you need the Sales Manager or Practice Approver role.";
        }

        return deal.Won is null
            ? $"\"{deal.Name}\" is still open; close it as won or lost before tagging it as a practice source."
            : null;
    }

    /// <summary>The Draft practice a tag of <paramref name="deal"/> by <paramref name="taggerId"/> creates.</summary>
    public static Practice From(ClosedDeal deal, string taggerId)
    {
        if (deal is null)
        {
            throw new ArgumentNullException(nameof(deal));
        }

        if (deal.Won is not { } won)
        {
            throw new ArgumentException($"\"{deal.Name}\" is still open; only a closed deal is a practice source.", nameof(deal));
        }

        var facts = deal.Deal;
        var outcome = won ? "won" : "lost";
        var notes = deal.Notes.Trim();
        var summary = notes.Length > 0 ? notes : $"What the team learned on \"{deal.Name}\" ({outcome}).";
        return new Practice
        {
            Title = Clip($"Lessons from {deal.Name} ({outcome})", MaxTitleLength),
            Summary = Clip(summary, MaxSummaryLength),
            Body = Body(deal, outcome, notes),
            Topic = facts.Competitors.Count > 0 ? PracticeTopic.CompetitiveDisplacement : PracticeTopic.Closing,
            Industries = facts.Industry is { Length: > 0 } industry ? new[] { industry } : Array.Empty<string>(),
            Regions = facts.Region is { Length: > 0 } region ? new[] { region } : Array.Empty<string>(),
            SalesStages = facts.Stage is { } stage ? new[] { stage } : Array.Empty<SalesStage>(),
            DealSizeBand = facts.EstimatedValue is { } value ? DealSizeBands.FromEstimatedValue(value) : null,
            ProductFamilies = facts.Products,
            Competitors = facts.Competitors,
            BuyerRoles = facts.BuyerRoles,
            Status = PracticeStatus.Draft,
            SourceOpportunityId = deal.Id,
            Contributors = Contributors(deal.OwnerId, taggerId),
        };
    }

    private static string Body(ClosedDeal deal, string outcome, string notes)
    {
        var parts = new List<string> { $"Drawn from \"{deal.Name}\", {outcome}." };
        if (notes.Length > 0)
        {
            parts.Add("Close notes: " + notes);
        }

        if (!string.IsNullOrWhiteSpace(deal.Deal.Description))
        {
            parts.Add("The deal: " + deal.Deal.Description!.Trim());
        }

        return string.Join("\n\n", parts);
    }

    private static IReadOnlyList<string> Contributors(string ownerId, string taggerId) =>
        new[] { ownerId, taggerId }.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Clip(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1).TrimEnd() + "…";
}
