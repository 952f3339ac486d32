namespace DataverseSharing.RelevanceEval.Data;

/// <summary>A complete labelled set: the corpus, the queries (deals) and the graded judgments.</summary>
public sealed record EvaluationSet
{
    public required string Name { get; init; }
    public required DateTime AsOf { get; init; }
    public required IReadOnlyList<PracticeRecord> Practices { get; init; }
    public required IReadOnlyList<DealRecord> Deals { get; init; }

    /// <summary>Deal id → practice id → grade 0-3. Unlisted practices count as 0.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgments { get; init; }

    public IReadOnlyDictionary<string, int> JudgmentsFor(string dealId) =>
        Judgments.TryGetValue(dealId, out var grades) ? grades : EmptyGrades;

    private static readonly IReadOnlyDictionary<string, int> EmptyGrades = new Dictionary<string, int>();
}
