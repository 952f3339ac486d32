using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Metrics;

/// <summary>
/// The best nDCG@k a list can reach when it may hold at most <c>maxPerTopic</c> practices of one topic, as the
/// engine's diversification allows. Printed next to the results so a score below 1 is read against what is
/// reachable, not against a ranking the engine is designed never to produce.
/// </summary>
public static class DiversifiedCeiling
{
    public static double NdcgAtK(EvaluationSet set, int k, int maxPerTopic)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Deals.Count == 0)
        {
            return 0;
        }

        var topics = set.Practices.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Topic, StringComparer.Ordinal);
        return set.Deals.Average(deal => BestList(set.JudgmentsFor(deal.Id), topics, k, maxPerTopic));
    }

    private static double BestList(IReadOnlyDictionary<string, int> grades, Dictionary<string, Topic> topics, int k, int maxPerTopic)
    {
        // Greedy by grade is optimal here: each topic's quota is filled with its own best grades, and the list then
        // takes the k best of those in grade order.
        var perTopic = new Dictionary<Topic, int>();
        var list = new List<string>(k);
        foreach (var (id, _) in grades.Where(g => g.Value > 0 && topics.ContainsKey(g.Key)).OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var topic = topics[id];
            var used = perTopic.GetValueOrDefault(topic);
            if (used < maxPerTopic)
            {
                perTopic[topic] = used + 1;
                list.Add(id);
                if (list.Count == k)
                {
                    break;
                }
            }
        }

        return RankingMetrics.NdcgAtK(list, grades, k);
    }
}
