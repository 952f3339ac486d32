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
            var practices = set.Practices.ToDictionary(p => p.Id, StringComparer.Ordinal);
            var topics = practices.ToDictionary(kv => kv.Key, kv => kv.Value.Topic, StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            var scores = new List<DealScore>(set.Deals.Count);
            int unpublished = 0, otherCompetitor = 0;
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
                foreach (var p in ranked.Take(5).Select(id => practices.GetValueOrDefault(id)).OfType<PracticeRecord>())
                {
                    unpublished += p.IsPublishedOn(set.AsOf) ? 0 : 1;
                    otherCompetitor += p.Competitors.Count > 0 && !p.Competitors.Any(deal.Competitors.Contains) ? 1 : 0;
                }
            }

            clock.Stop();
            return new RankerResult(
                name,
                Average(scores, s => s.Ndcg5),
                Average(scores, s => s.ReciprocalRank),
                Average(scores, s => s.PrecisionAt3),
                scores.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / scores.Count,
                unpublished,
                otherCompetitor,
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
