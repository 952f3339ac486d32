using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Learning;

/// <summary>
/// A practice's statistics counted from its suggestion facts, never incremented: the same facts always give the same
/// counts, so running the count twice, late, or after a deal is reopened and closed again never counts anything twice
/// and never loses a count. Per fact:
/// <list type="bullet">
/// <item>applied: one application; when the deal is closed, an applied outcome, also per competitor the deal faced;</item>
/// <item>dismissed: one dismissal;</item>
/// <item>a rating: one rating of its stars;</item>
/// <item>suggested or dismissed on a closed deal the practice fits (<see cref="ComparableDeals"/>): a baseline outcome.
/// The practice was put in front of the rep and not used, so the deal is the comparison "without the practice".
/// Deals it was never suggested on are not counted: that would make every closed deal touch every practice.</item>
/// </list>
/// A deal appears once per practice (the suggestion's alternate key); a repeated deal keeps its first fact, preferring
/// an applied one.
/// </summary>
public static class DerivedStatistics
{
    public static EffectivenessStats From(Practice practice, IEnumerable<SuggestionFact> facts)
    {
        if (practice is null)
        {
            throw new ArgumentNullException(nameof(practice));
        }

        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        var stats = EffectivenessStats.None;
        foreach (var fact in OnePerDeal(facts))
        {
            stats = Add(stats, practice, fact);
        }

        return stats;
    }

    private static EffectivenessStats Add(EffectivenessStats stats, Practice practice, SuggestionFact fact)
    {
        var applied = fact.Status == FeedbackStatus.Applied;
        if (applied)
        {
            stats = stats.RecordApplied();
        }
        else if (fact.Status == FeedbackStatus.Dismissed)
        {
            stats = stats.RecordDismissed();
        }

        if (fact.Rating is { } stars)
        {
            stats = stats.RecordRating(stars);
        }

        if (fact.Won is not { } won)
        {
            return stats;
        }

        if (applied)
        {
            return stats.RecordOutcome(true, won, fact.Competitors);
        }

        var outcome = new DealOutcome { OpportunityId = fact.OpportunityId, Won = won, Industry = fact.Industry, SizeBand = fact.SizeBand, Competitors = fact.Competitors };
        return ComparableDeals.IsComparable(practice, outcome) ? stats.RecordOutcome(false, won) : stats;
    }

    private static IEnumerable<SuggestionFact> OnePerDeal(IEnumerable<SuggestionFact> facts)
    {
        var byDeal = new Dictionary<string, SuggestionFact>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentException("A suggestion fact cannot be null.", nameof(facts));
            }

            if (!byDeal.TryGetValue(fact.OpportunityId, out var seen))
            {
                byDeal[fact.OpportunityId] = fact;
                order.Add(fact.OpportunityId);
            }
            else if (seen.Status != FeedbackStatus.Applied && fact.Status == FeedbackStatus.Applied)
            {
                byDeal[fact.OpportunityId] = fact;
            }
        }

        foreach (var id in order)
        {
            yield return byDeal[id];
        }
    }
}
