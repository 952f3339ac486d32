namespace DataverseSharing.RelevanceEval.Metrics;

/// <summary>
/// Per-query ranking metrics over graded judgments (0-3; unlisted ids count as 0).
/// </summary>
public static class RankingMetrics
{
    /// <summary>Grade at or above which a result counts as relevant for MRR and precision ("clearly useful").</summary>
    public const int RelevantGrade = 2;

    /// <summary>
    /// nDCG@k with exponential gains 2^rel − 1 and log2(rank + 1) discounts. The ideal ranking is built from all
    /// judgments for the query, not just the retrieved ones, so missing a relevant item is penalised.
    /// </summary>
    public static double NdcgAtK(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        var dcg = Dcg(ranked.Take(k).Select(id => Grade(grades, id)));
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k));
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Reciprocal rank of the first result graded ≥ <see cref="RelevantGrade"/>; 0 when none is retrieved.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        for (var i = 0; i < ranked.Count; i++)
        {
            if (Grade(grades, ranked[i]) >= RelevantGrade)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>Share of the top k graded ≥ <see cref="RelevantGrade"/>; a short list still divides by k.</summary>
    public static double PrecisionAtK(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        return ranked.Take(k).Count(id => Grade(grades, id) >= RelevantGrade) / (double)k;
    }

    private static int Grade(IReadOnlyDictionary<string, int> grades, string id) =>
        grades.TryGetValue(id, out var g) ? g : 0;

    private static double Dcg(IEnumerable<int> gradesInRankOrder) =>
        gradesInRankOrder.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
}
