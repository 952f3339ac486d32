using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Learning;

/// <summary>
/// Pure updates of <see cref="EffectivenessStats"/> from what reps do with a suggestion and how deals end.
/// Each returns a new instance and leaves the input untouched, so callers can persist old and new side by side
/// and replaying the same events always gives the same statistics.
/// </summary>
public static class EffectivenessLearning
{
    public static EffectivenessStats RecordApplied(this EffectivenessStats stats) =>
        Require(stats) with { TimesApplied = stats.TimesApplied + 1 };

    public static EffectivenessStats RecordDismissed(this EffectivenessStats stats) =>
        Require(stats) with { TimesDismissed = stats.TimesDismissed + 1 };

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stars"/> is not 1..5.</exception>
    public static EffectivenessStats RecordRating(this EffectivenessStats stats, int stars)
    {
        if (stars < 1 || stars > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(stars), stars, "A rating is 1 to 5 stars.");
        }

        return Require(stats) with { RatingCount = stats.RatingCount + 1, RatingTotal = stats.RatingTotal + stars };
    }

    /// <summary>
    /// A closed deal: counted as applied when the practice was used on it, otherwise as baseline evidence
    /// (the caller decides comparability, see <see cref="ComparableDeals"/>).
    /// </summary>
    public static EffectivenessStats RecordOutcome(this EffectivenessStats stats, bool practiceApplied, bool won) =>
        RecordOutcome(stats, practiceApplied, won, null);

    /// <summary>
    /// Like <see cref="RecordOutcome(EffectivenessStats, bool, bool)"/>; an applied outcome is also counted against
    /// each competitor the deal faced (blank and repeated names once).
    /// </summary>
    public static EffectivenessStats RecordOutcome(this EffectivenessStats stats, bool practiceApplied, bool won, IReadOnlyList<string>? competitors)
    {
        Require(stats);
        if (!practiceApplied)
        {
            return won ? stats with { BaselineWon = stats.BaselineWon + 1 } : stats with { BaselineLost = stats.BaselineLost + 1 };
        }

        var updated = won ? stats with { AppliedWon = stats.AppliedWon + 1 } : stats with { AppliedLost = stats.AppliedLost + 1 };
        if (competitors is null || competitors.Count == 0)
        {
            return updated;
        }

        var breakdown = new List<CompetitorOutcome>(stats.AgainstCompetitors);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var competitor in competitors)
        {
            if (!string.IsNullOrWhiteSpace(competitor) && seen.Add(competitor.Trim()))
            {
                breakdown.Add(new CompetitorOutcome(competitor, won ? 1 : 0, won ? 0 : 1));
            }
        }

        return updated with { AgainstCompetitors = breakdown };
    }

    /// <summary>
    /// Applies a closed deal to one practice: applied evidence if the deal used it, baseline evidence if the deal
    /// is comparable but did not use it, otherwise the practice comes back unchanged (same instance).
    /// </summary>
    public static Practice ApplyOutcome(this Practice practice, DealOutcome outcome)
    {
        if (practice is null)
        {
            throw new ArgumentNullException(nameof(practice));
        }

        if (outcome is null)
        {
            throw new ArgumentNullException(nameof(outcome));
        }

        var applied = outcome.AppliedPractice(practice.Id);
        if (!applied && !ComparableDeals.IsComparable(practice, outcome))
        {
            return practice;
        }

        return practice with { Effectiveness = practice.Effectiveness.RecordOutcome(applied, outcome.Won, outcome.Competitors) };
    }

    private static EffectivenessStats Require(EffectivenessStats stats) =>
        stats ?? throw new ArgumentNullException(nameof(stats));
}
