using System.Globalization;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Learning;

/// <summary>
/// When a practice is flagged for review. Two documented rules, evaluated in this order:
/// <list type="number">
/// <item><b>Keeps losing</b>: at least <see cref="MinAppliedOutcomes"/> closed deals applied it, and even an
/// optimistic estimate of its lift (posterior mean + <see cref="OptimismZ"/> standard deviations, about the 90%
/// upper bound) is below zero, i.e. the data say with ~90% confidence it does worse than comparable deals.</item>
/// <item><b>Keeps being dismissed</b>: at least <see cref="MinDismissals"/> dismissals and at least
/// <see cref="DismissalsPerApplication"/> dismissals for every application: reps see it and do not want it.</item>
/// </list>
/// A flag does not change the status by itself; the review workflow decides (Revise or Retire).
/// </summary>
public static class ReviewFlagRule
{
    public const int MinAppliedOutcomes = 8;
    public const double OptimismZ = 1.2816;
    public const int MinDismissals = 20;
    public const int DismissalsPerApplication = 4;

    /// <summary>The flag, or null when the practice is fine (or there is not enough evidence yet).</summary>
    public static ReviewFlag? Evaluate(EffectivenessStats stats)
    {
        if (stats is null)
        {
            return null;
        }

        if (KeepsLosing(stats))
        {
            var text = string.Format(
                CultureInfo.InvariantCulture,
                "won {0} of {1} deals where applied against a {2:0}% win rate on comparable deals",
                stats.AppliedWon,
                stats.AppliedOutcomes,
                stats.BaselineWinRate * 100);
            return new ReviewFlag(ReviewReason.KeepsLosing, text);
        }

        if (KeepsBeingDismissed(stats))
        {
            var text = string.Format(CultureInfo.InvariantCulture, "dismissed {0} times, applied {1} times", stats.TimesDismissed, stats.TimesApplied);
            return new ReviewFlag(ReviewReason.KeepsBeingDismissed, text);
        }

        return null;
    }

    public static bool NeedsReview(Practice practice) => practice is not null && NeedsReview(practice.Effectiveness);

    /// <summary>Whether <see cref="Evaluate"/> would flag these statistics, without writing the explanation.</summary>
    public static bool NeedsReview(EffectivenessStats stats) => stats is not null && (KeepsLosing(stats) || KeepsBeingDismissed(stats));

    private static bool KeepsLosing(EffectivenessStats stats) =>
        stats.AppliedOutcomes >= MinAppliedOutcomes && stats.Lift + (OptimismZ * stats.LiftStandardDeviation) < 0;

    private static bool KeepsBeingDismissed(EffectivenessStats stats) =>
        stats.TimesDismissed >= MinDismissals && stats.TimesDismissed >= DismissalsPerApplication * stats.TimesApplied;
}
