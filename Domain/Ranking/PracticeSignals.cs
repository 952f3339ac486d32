using System;
using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Ranking;

/// <summary>The query-independent parts of a score (effectiveness prior, rating, review flag) and date conversions; freshness lives on <see cref="PracticeIndex"/>.</summary>
internal static class PracticeSignals
{
    /// <summary>Weighted conservative lift (see <see cref="EffectivenessStats.ConservativeLift"/>).</summary>
    public static double Effectiveness(EffectivenessStats stats, RankingOptions options) =>
        options.EffectivenessWeight * stats.ConservativeLift;

    /// <summary>Smoothed stars mapped from 1..5 to -1..1 and weighted; zero without ratings.</summary>
    public static double Rating(EffectivenessStats stats, RankingOptions options) =>
        stats.RatingCount == 0 ? 0.0 : options.RatingWeight * (stats.SmoothedRating - 3.0) / 2.0;

    /// <summary><see cref="RankingOptions.FlaggedPenalty"/> when the practice is flagged for review, else zero.</summary>
    public static double ReviewPenalty(EffectivenessStats stats, RankingOptions options) =>
        options.FlaggedPenalty > 0 && ReviewFlagRule.NeedsReview(stats) ? options.FlaggedPenalty : 0.0;

    public static long TicksOrNone(DateTime? value) => value is { } v ? ToUtc(v).Ticks : -1L;

    public static long TicksOrNever(DateTime? value) => value is { } v ? ToUtc(v).Ticks : long.MaxValue;

    /// <summary>Unspecified kinds are taken as UTC (Dataverse stores UTC); local times are converted.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
}
