namespace DataverseSharing.RelevanceEval.Evaluation;

/// <summary>One deal's scores for one ranker, with the list it returned (for the verbose and JSON output).</summary>
public sealed record DealScore(string DealId, string NeedTopic, double Ndcg5, double ReciprocalRank, double PrecisionAt3, IReadOnlyList<string> Ranked);

/// <summary>
/// A ranker's metrics averaged over every deal of a set, plus two safety counts over all top-5 lists: suggestions
/// that are not published on the evaluation date (must be 0), and suggestions written for a competitor the deal
/// does not face (a rep notices those immediately and stops trusting the list).
/// </summary>
public sealed record RankerResult(
    string Ranker,
    double Ndcg5,
    double Mrr,
    double PrecisionAt3,
    double MillisecondsPerDeal,
    int UnpublishedInTop5,
    int OtherCompetitorInTop5,
    IReadOnlyList<DealScore> Deals);
