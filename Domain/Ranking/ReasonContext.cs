using DataverseSharing.Domain.Deals;

namespace DataverseSharing.Domain.Ranking;

/// <summary>What <see cref="ReasonWriter"/> needs from a finished query to explain one of its results.</summary>
internal sealed class ReasonContext
{
    public ReasonContext(PracticeIndex index, DealContext deal, QueryScratch scratch, QueryTerms query, double textScale, double topicScale, MatchedFields dealFields, double[] mismatchWeights, long asOfTicks, double freshnessScale)
    {
        Index = index;
        Deal = deal;
        Scratch = scratch;
        Query = query;
        TextScale = textScale;
        TopicScale = topicScale;
        DealFields = dealFields;
        MismatchWeights = mismatchWeights;
        AsOfTicks = asOfTicks;
        FreshnessScale = freshnessScale;
    }

    public PracticeIndex Index { get; }

    public DealContext Deal { get; }

    public QueryScratch Scratch { get; }

    public QueryTerms Query { get; }

    public double TextScale { get; }

    public double TopicScale { get; }

    public MatchedFields DealFields { get; }

    /// <summary>Per field bit, the points a mismatch costs (see <see cref="SuggestionQuery.MismatchWeights"/>).</summary>
    public double[] MismatchWeights { get; }

    public long AsOfTicks { get; }

    public double FreshnessScale { get; }
}
