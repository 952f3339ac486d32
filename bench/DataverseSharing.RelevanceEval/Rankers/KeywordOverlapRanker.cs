using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Rankers;

/// <summary>
/// The naive baseline: score = number of distinct lowercase tokens the deal text and the article share.
/// Deliberately no stop-word list or weighting; it is the floor any ranking must clear.
/// </summary>
public sealed class KeywordOverlapRanker : IRanker
{
    private readonly List<(string Id, HashSet<string> Tokens)> _documents;

    public KeywordOverlapRanker(IReadOnlyList<PracticeRecord> practices, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(practices);
        _documents = practices
            .Where(p => p.IsPublishedOn(asOf))
            .Select(p => (p.Id, TextOf.Tokens(TextOf.Practice(p))))
            .ToList();
    }

    public string Name => "Keyword overlap";

    public IReadOnlyList<string> Rank(DealRecord deal, int top)
    {
        var query = TextOf.Tokens(TextOf.Deal(deal));
        return _documents
            .Select(d => (d.Id, Score: d.Tokens.Count(query.Contains)))
            .Where(d => d.Score > 0)
            // Ties go to the lower id so the result is reproducible.
            .OrderByDescending(d => d.Score)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(d => d.Id)
            .ToList();
    }
}
