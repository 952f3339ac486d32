using System;
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
    public static EffectivenessStats RecordOutcome(this EffectivenessStats stats, bool practiceApplied, bool won)
    {
        Require(stats);
        if (practiceApplied)
        {
            return won ? stats with { AppliedWon = stats.AppliedWon + 1 } : stats with { AppliedLost = stats.AppliedLost + 1 };
        }

        return won ? stats with { BaselineWon = stats.BaselineWon + 1 } : stats with { BaselineLost = stats.BaselineLost + 1 };
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

        return practice with { Effectiveness = practice.Effectiveness.RecordOutcome(applied, outcome.Won) };
    }

    private static EffectivenessStats Require(EffectivenessStats stats) =>
        stats ?? throw new ArgumentNullException(nameof(stats));
}
