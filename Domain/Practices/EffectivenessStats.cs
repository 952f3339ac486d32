using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// Outcome counts for one practice and what they say about it. Immutable: the functions in
/// <c>DataverseSharing.Domain.Learning</c> return new instances.
/// </summary>
/// <remarks>
/// Lift is estimated with a Beta-Binomial model rather than raw win rates so that 2 wins out of 2 does not
/// outrank 70 out of 100:
/// <list type="bullet">
/// <item>Baseline (comparable deals where the practice was not applied): posterior Beta(1 + BaselineWon, 1 + BaselineLost).</item>
/// <item>Applied: the prior is centred on the baseline rate with <see cref="PriorStrength"/> pseudo-deals, so a practice
/// with no evidence has a lift of exactly zero, and evidence has to accumulate before it moves.</item>
/// <item><see cref="ConservativeLift"/> shrinks the lift towards zero by one posterior standard deviation: a lower bound
/// for a positive lift, an upper bound for a negative one. The ranking uses this, so only well-evidenced effects move it.</item>
/// </list>
/// </remarks>
public sealed record EffectivenessStats
{
    /// <summary>How many pseudo-deals at the baseline rate the applied estimate starts from.</summary>
    public const double PriorStrength = 10.0;

    /// <summary>How many standard deviations <see cref="ConservativeLift"/> gives away.</summary>
    public const double UncertaintyPenalty = 1.0;

    private readonly int appliedWon;
    private readonly int appliedLost;
    private readonly int baselineWon;
    private readonly int baselineLost;
    private readonly int timesApplied;
    private readonly int timesDismissed;
    private readonly int ratingCount;
    private readonly int ratingTotal;
    private readonly IReadOnlyList<CompetitorOutcome> againstCompetitors = Array.Empty<CompetitorOutcome>();

    public static EffectivenessStats None { get; } = new();

    /// <summary>Closed deals where the practice was applied and the deal was won.</summary>
    public int AppliedWon { get => appliedWon; init => appliedWon = NonNegative(value, nameof(AppliedWon)); }

    /// <summary>Closed deals where the practice was applied and the deal was lost.</summary>
    public int AppliedLost { get => appliedLost; init => appliedLost = NonNegative(value, nameof(AppliedLost)); }

    /// <summary>Comparable closed deals (same topic and stage) where the practice was not applied, won.</summary>
    public int BaselineWon { get => baselineWon; init => baselineWon = NonNegative(value, nameof(BaselineWon)); }

    /// <summary>Comparable closed deals where the practice was not applied, lost.</summary>
    public int BaselineLost { get => baselineLost; init => baselineLost = NonNegative(value, nameof(BaselineLost)); }

    /// <summary>Times a rep applied the practice (outcome may still be open).</summary>
    public int TimesApplied { get => timesApplied; init => timesApplied = NonNegative(value, nameof(TimesApplied)); }

    /// <summary>Times a rep dismissed the suggestion.</summary>
    public int TimesDismissed { get => timesDismissed; init => timesDismissed = NonNegative(value, nameof(TimesDismissed)); }

    /// <summary>Number of 1-5 star ratings received.</summary>
    public int RatingCount { get => ratingCount; init => ratingCount = NonNegative(value, nameof(RatingCount)); }

    /// <summary>Sum of the star ratings received.</summary>
    public int RatingTotal { get => ratingTotal; init => ratingTotal = NonNegative(value, nameof(RatingTotal)); }

    /// <summary>
    /// Applied outcomes broken down by the competitors the deals faced (a deal against two competitors counts for
    /// both), so an explanation can say "won 7 of 9 deals against Fabrikam" only when that is literally true.
    /// Kept in competitor name order; null means none.
    /// </summary>
    public IReadOnlyList<CompetitorOutcome> AgainstCompetitors
    {
        get => againstCompetitors;
        init => againstCompetitors = Normalize(value);
    }

    public int AppliedOutcomes => AppliedWon + AppliedLost;

    /// <summary>The applied outcomes against <paramref name="competitor"/>, or null when there are none.</summary>
    public CompetitorOutcome? Against(string? competitor)
    {
        foreach (var outcome in againstCompetitors)
        {
            if (outcome.IsAgainst(competitor))
            {
                return outcome;
            }
        }

        return null;
    }

    // Value equality must include the breakdown; the generated member would compare list references.
    public bool Equals(EffectivenessStats? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (appliedWon != other.appliedWon || appliedLost != other.appliedLost || baselineWon != other.baselineWon
            || baselineLost != other.baselineLost || timesApplied != other.timesApplied || timesDismissed != other.timesDismissed
            || ratingCount != other.ratingCount || ratingTotal != other.ratingTotal || againstCompetitors.Count != other.againstCompetitors.Count)
        {
            return false;
        }

        for (var i = 0; i < againstCompetitors.Count; i++)
        {
            if (!againstCompetitors[i].Equals(other.againstCompetitors[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = (appliedWon * 397) ^ (appliedLost * 31) ^ (baselineWon * 17) ^ baselineLost;
        hash = (hash * 397) ^ (timesApplied * 31) ^ (timesDismissed * 17) ^ ratingCount ^ (ratingTotal << 8);
        return (hash * 31) + againstCompetitors.Count;
    }

    public int BaselineOutcomes => BaselineWon + BaselineLost;

    /// <summary>Posterior mean win rate of comparable deals without the practice (0.5 with no data).</summary>
    public double BaselineWinRate => (BaselineWon + 1.0) / (BaselineOutcomes + 2.0);

    /// <summary>Posterior mean win rate of deals where the practice was applied, shrunk towards the baseline.</summary>
    public double AppliedWinRate
    {
        get
        {
            var alpha = AppliedAlpha;
            return alpha / (alpha + AppliedBeta);
        }
    }

    /// <summary>Posterior mean lift: applied win rate minus baseline win rate (between -1 and 1).</summary>
    public double Lift => AppliedWinRate - BaselineWinRate;

    /// <summary>Posterior standard deviation of <see cref="Lift"/> (both rates' uncertainty).</summary>
    public double LiftStandardDeviation
    {
        get
        {
            var alpha = AppliedAlpha;
            var beta = AppliedBeta;
            var baseAlpha = BaselineWon + 1.0;
            var baseBeta = BaselineLost + 1.0;
            return Math.Sqrt(BetaVariance(alpha, beta) + BetaVariance(baseAlpha, baseBeta));
        }
    }

    /// <summary>Lift shrunk towards zero by <see cref="UncertaintyPenalty"/> standard deviations; zero when the evidence is inconclusive.</summary>
    public double ConservativeLift
    {
        get
        {
            var lift = Lift;
            var shrunk = Math.Max(0.0, Math.Abs(lift) - (UncertaintyPenalty * LiftStandardDeviation));

            // Inconclusive stays +0: negating it would give -0, which prints as "-0" and reads as a negative effect.
            return lift < 0 && shrunk > 0 ? -shrunk : shrunk;
        }
    }

    /// <summary>Bayesian average rating on the 1-5 scale, pulled towards a neutral 3 by five pseudo-ratings.</summary>
    public double SmoothedRating => (RatingTotal + (3.0 * 5)) / (RatingCount + 5.0);

    // Applied posterior Beta(alpha, beta): PriorStrength pseudo-deals at the baseline rate plus the observed outcomes.
    private double AppliedAlpha => (PriorStrength * BaselineWinRate) + AppliedWon;

    private double AppliedBeta => (PriorStrength * (1.0 - BaselineWinRate)) + AppliedLost;

    private static double BetaVariance(double alpha, double beta)
    {
        var sum = alpha + beta;
        return alpha * beta / (sum * sum * (sum + 1.0));
    }

    // Merges entries naming the same competitor and sorts by name, so equal breakdowns compare equal.
    private static IReadOnlyList<CompetitorOutcome> Normalize(IReadOnlyList<CompetitorOutcome>? value)
    {
        if (value is null || value.Count == 0)
        {
            return Array.Empty<CompetitorOutcome>();
        }

        var merged = new List<CompetitorOutcome>(value.Count);
        foreach (var outcome in value)
        {
            if (outcome is null)
            {
                throw new ArgumentException("A competitor outcome cannot be null.", nameof(AgainstCompetitors));
            }

            var at = merged.FindIndex(m => m.IsAgainst(outcome.Competitor));
            if (at < 0)
            {
                merged.Add(outcome);
            }
            else
            {
                merged[at] = new CompetitorOutcome(merged[at].Competitor, merged[at].Won + outcome.Won, merged[at].Lost + outcome.Lost);
            }
        }

        merged.Sort((a, b) => string.Compare(a.Competitor, b.Competitor, StringComparison.OrdinalIgnoreCase));
        return merged.ToArray();
    }

    private static int NonNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} cannot be negative.");
        }

        return value;
    }
}
