using System.Diagnostics;
using DataverseSharing.RelevanceEval.Data;
using DataverseSharing.RelevanceEval.Metrics;
using DataverseSharing.RelevanceEval.Rankers;

namespace DataverseSharing.RelevanceEval.Evaluation;

/// <summary>Runs one ranker over every deal of a set and averages the per-deal metrics (macro average).</summary>
public static class Evaluator
{
    /// <summary>How many results each ranker returns; MRR looks this deep, nDCG and P only at 5 and 3.</summary>
    public const int Depth = 10;

    public static RankerResult Evaluate(EvaluationSet set, string name, RankerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(factory);
        var ranker = factory(set.Practices, set.AsOf);
        try
        {
            var topics = set.Practices.ToDictionary(p => p.Id, p => p.Topic, StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            var scores = new List<DealScore>(set.Deals.Count);
            foreach (var deal in set.Deals)
            {
                var grades = set.JudgmentsFor(deal.Id);
                var ranked = ranker.Rank(deal, Depth);
                scores.Add(new DealScore(
                    deal.Id,
                    NeedTopic(grades, topics),
                    RankingMetrics.NdcgAtK(ranked, grades, 5),
                    RankingMetrics.ReciprocalRank(ranked, grades),
                    RankingMetrics.PrecisionAtK(ranked, grades, 3),
                    ranked));
            }

            clock.Stop();
            return new RankerResult(
                name,
                Average(scores, s => s.Ndcg5),
                Average(scores, s => s.ReciprocalRank),
                Average(scores, s => s.PrecisionAt3),
                scores.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / scores.Count,
                scores);
        }
        finally
        {
            (ranker as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// The topic of the deal's best-judged practice (lowest id on ties): what the rep most needs, used only to
    /// group the verbose breakdown.
    /// </summary>
    private static string NeedTopic(IReadOnlyDictionary<string, int> grades, Dictionary<string, Topic> topics) =>
        grades
            .Where(g => g.Value > 0 && topics.ContainsKey(g.Key))
            .OrderByDescending(g => g.Value)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => topics[g.Key].ToString())
            .FirstOrDefault() ?? "(none)";

    private static double Average(List<DealScore> scores, Func<DealScore, double> metric) =>
        scores.Count == 0 ? 0 : scores.Average(metric);
}
