using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Rankers;

/// <summary>
/// Anything that orders practices for a deal. Kept minimal so a baseline and the real engine are measured through
/// the same door; a ranker is built once per data set (its corpus and evaluation date) and then asked per deal.
/// </summary>
public interface IRanker
{
    string Name { get; }

    /// <summary>Practice ids, best first, at most <paramref name="top"/>.</summary>
    IReadOnlyList<string> Rank(DealRecord deal, int top);
}

/// <summary>Builds a ranker over a corpus as it stood on the evaluation date.</summary>
public delegate IRanker RankerFactory(IReadOnlyList<PracticeRecord> practices, DateTime asOf);
