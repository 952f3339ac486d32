namespace DataverseSharing.RelevanceEval.Evaluation;

/// <summary>One deal's scores for one ranker, with the list it returned (for the verbose and JSON output).</summary>
public sealed record DealScore(string DealId, string NeedTopic, double Ndcg5, double ReciprocalRank, double PrecisionAt3, IReadOnlyList<string> Ranked);

/// <summary>A ranker's metrics averaged over every deal of a set.</summary>
public sealed record RankerResult(string Ranker, double Ndcg5, double Mrr, double PrecisionAt3, double MillisecondsPerDeal, IReadOnlyList<DealScore> Deals);
