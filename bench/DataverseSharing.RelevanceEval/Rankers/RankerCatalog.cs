namespace DataverseSharing.RelevanceEval.Rankers;

/// <summary>The rankers every run compares, in the order they are printed.</summary>
public static class RankerCatalog
{
    public static IReadOnlyList<(string Name, RankerFactory Factory)> All { get; } =
    [
        ("Keyword overlap", (practices, asOf) => new KeywordOverlapRanker(practices, asOf)),
        ("Lucene BM25", (practices, asOf) => new LuceneBm25Ranker(practices, asOf)),
        ("Domain engine", (practices, asOf) => new DomainEngineRanker(practices, asOf)),
    ];
}
