using System;
using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Weights and limits of the ranking. Every value is validated when set: an out-of-range value throws
/// <see cref="ArgumentOutOfRangeException"/> whose parameter name is the option's name. In the defaults the same stage
/// weighs half the best text match, a well-evidenced +25 point win-rate lift as much as a matching industry, and a
/// practice outside its industry, region or competitor scope loses 2 points, more than any structured match gives. Each
/// weight sits on a plateau: halving or doubling it moves the evaluation by at most 0.015 nDCG@5
/// (docs/relevance-evaluation.md).
/// </summary>
public sealed class RankingOptions
{
    private int maxSuggestions = 5;
    private int maxPerTopic = 2;
    private int priorPoolSize = 50;
    private int largeDecisionUnitSize = 6;
    private double textWeight = 3.0;
    private double stageWeight = 1.5;
    private double industryWeight = 1.0;
    private double sizeBandWeight = 0.5;
    private double productWeight = 0.75;
    private double competitorWeight = 1.0;
    private double buyerRoleWeight = 0.75;
    private double regionWeight = 0.4;
    private double decisionUnitWeight = 0.75;
    private double mismatchPenalty = 1.0;
    private double outOfScopePenalty = 2.0;
    private double effectivenessWeight = 4.0;
    private double ratingWeight = 0.3;
    private double freshnessWeight = 0.5;
    private double freshnessHalfLifeDays = 365.0;
    private double dismissedPenalty = 3.0;
    private double teamDismissedPenalty = 1.0;
    private double alreadyUsedPenalty = 2.0;
    private double alreadyUsedWonPenalty = 0.5;
    private double alreadyUsedLostPenalty = 3.0;
    private double flaggedPenalty = 1.5;
    private double bm25K1 = 1.2;
    private double bm25B = 0.75;
    private double titleFieldWeight = 3.0;
    private double summaryFieldWeight = 2.0;
    private double keywordsFieldWeight = 2.5;
    private double bodyFieldWeight = 1.0;
    private double synonymWeight = 0.5;
    private double topicWeight = 1.0;
    private SalesThesaurus thesaurus = SalesThesaurus.Default;

    public static RankingOptions Default { get; } = new();

    /// <summary>k for <see cref="PracticeIndex.Suggest(Deals.DealContext, DateTime)"/>; 1..100, default 5.</summary>
    public int MaxSuggestions { get => maxSuggestions; init => maxSuggestions = InRange(value, 1, 100, nameof(MaxSuggestions)); }

    /// <summary>Diversification: at most this many suggestions share a topic; 1..100, default 2.</summary>
    public int MaxPerTopic { get => maxPerTopic; init => maxPerTopic = InRange(value, 1, 100, nameof(MaxPerTopic)); }

    /// <summary>
    /// How many practices with the best effectiveness prior are always scored, even when nothing in the deal reaches
    /// them, so an empty or unusual deal still gets proven practices. 0..10,000, default 50.
    /// </summary>
    public int PriorPoolSize { get => priorPoolSize; init => priorPoolSize = InRange(value, 0, 10_000, nameof(PriorPoolSize)); }

    /// <summary>A buying committee of at least this many people favours large-decision-unit practices; 2..1,000, default 6.</summary>
    public int LargeDecisionUnitSize { get => largeDecisionUnitSize; init => largeDecisionUnitSize = InRange(value, 2, 1_000, nameof(LargeDecisionUnitSize)); }

    /// <summary>Weight of the best text match (text scores are scaled so the best candidate's is 1).</summary>
    public double TextWeight { get => textWeight; init => textWeight = Weight(value, nameof(TextWeight)); }

    public double StageWeight { get => stageWeight; init => stageWeight = Weight(value, nameof(StageWeight)); }

    public double IndustryWeight { get => industryWeight; init => industryWeight = Weight(value, nameof(IndustryWeight)); }

    public double SizeBandWeight { get => sizeBandWeight; init => sizeBandWeight = Weight(value, nameof(SizeBandWeight)); }

    public double ProductWeight { get => productWeight; init => productWeight = Weight(value, nameof(ProductWeight)); }

    public double CompetitorWeight { get => competitorWeight; init => competitorWeight = Weight(value, nameof(CompetitorWeight)); }

    public double BuyerRoleWeight { get => buyerRoleWeight; init => buyerRoleWeight = Weight(value, nameof(BuyerRoleWeight)); }

    public double RegionWeight { get => regionWeight; init => regionWeight = Weight(value, nameof(RegionWeight)); }

    /// <summary>Bonus for large-decision-unit practices when the deal's committee reaches <see cref="LargeDecisionUnitSize"/>.</summary>
    public double DecisionUnitWeight { get => decisionUnitWeight; init => decisionUnitWeight = Weight(value, nameof(DecisionUnitWeight)); }

    /// <summary>
    /// Fraction (0..1) of a field's weight subtracted when the practice targets another stage, size band, product or
    /// buyer role than the deal has (written for Close, deal is at Qualify). A practice that names no value for a field
    /// is never penalised. Industry, region and competitor use <see cref="OutOfScopePenalty"/>.
    /// </summary>
    public double MismatchPenalty { get => mismatchPenalty; init => mismatchPenalty = InRange(value, 0.0, 1.0, nameof(MismatchPenalty)); }

    /// <summary>
    /// Points subtracted when a practice is scoped to industries, regions or competitors this deal is not in (written for
    /// Healthcare, deal is Retail; a Fabrikam playbook, deal faces Northwind or nobody), once per such field. These
    /// fields say where a practice applies, so a mismatch means it does not, whatever the text says; stage, size band,
    /// products and buyer roles only say where it fits best and use <see cref="MismatchPenalty"/>. 0..1,000.
    /// </summary>
    public double OutOfScopePenalty { get => outOfScopePenalty; init => outOfScopePenalty = Weight(value, nameof(OutOfScopePenalty)); }

    /// <summary>Multiplies the conservative win-rate lift (a fraction, e.g. 0.25 for +25 points).</summary>
    public double EffectivenessWeight { get => effectivenessWeight; init => effectivenessWeight = Weight(value, nameof(EffectivenessWeight)); }

    /// <summary>Multiplies the smoothed star rating mapped to -1..1.</summary>
    public double RatingWeight { get => ratingWeight; init => ratingWeight = Weight(value, nameof(RatingWeight)); }

    /// <summary>Weight of freshness, which halves every <see cref="FreshnessHalfLifeDays"/> since approval.</summary>
    public double FreshnessWeight { get => freshnessWeight; init => freshnessWeight = Weight(value, nameof(FreshnessWeight)); }

    public double FreshnessHalfLifeDays { get => freshnessHalfLifeDays; init => freshnessHalfLifeDays = InRange(value, 1.0, 36_500.0, nameof(FreshnessHalfLifeDays)); }

    /// <summary>Subtracted when this rep dismissed the practice before.</summary>
    public double DismissedPenalty { get => dismissedPenalty; init => dismissedPenalty = Weight(value, nameof(DismissedPenalty)); }

    /// <summary>Subtracted when the rep's team dismissed the practice before.</summary>
    public double TeamDismissedPenalty { get => teamDismissedPenalty; init => teamDismissedPenalty = Weight(value, nameof(TeamDismissedPenalty)); }

    /// <summary>
    /// Subtracted when the practice was already used with this account: it is not a new suggestion, so it sinks
    /// almost as far as one the rep dismissed, and surfaces only when nothing else fits. Default 2.
    /// </summary>
    public double AlreadyUsedPenalty { get => alreadyUsedPenalty; init => alreadyUsedPenalty = Weight(value, nameof(AlreadyUsedPenalty)); }

    /// <summary>
    /// Replaces <see cref="AlreadyUsedPenalty"/> when the deals that used the practice with this account were mostly
    /// won: it worked with this customer, so it stays close to the top as a reminder. Default 0.5.
    /// </summary>
    public double AlreadyUsedWonPenalty { get => alreadyUsedWonPenalty; init => alreadyUsedWonPenalty = Weight(value, nameof(AlreadyUsedWonPenalty)); }

    /// <summary>
    /// Replaces <see cref="AlreadyUsedPenalty"/> when those deals were mostly lost: it did not work with this customer,
    /// so it sinks as far as a practice the rep dismissed. Default 3.
    /// </summary>
    public double AlreadyUsedLostPenalty { get => alreadyUsedLostPenalty; init => alreadyUsedLostPenalty = Weight(value, nameof(AlreadyUsedLostPenalty)); }

    /// <summary>
    /// Subtracted from a practice flagged for review (<see cref="Learning.ReviewFlagRule"/>: it keeps losing, or reps
    /// keep dismissing it), so it sinks until a manager has revised or retired it. 0 turns it off.
    /// </summary>
    public double FlaggedPenalty { get => flaggedPenalty; init => flaggedPenalty = Weight(value, nameof(FlaggedPenalty)); }

    /// <summary>BM25 term-frequency saturation; 0..10, default 1.2.</summary>
    public double Bm25K1 { get => bm25K1; init => bm25K1 = InRange(value, 0.0, 10.0, nameof(Bm25K1)); }

    /// <summary>BM25 length normalisation; 0..1, default 0.75.</summary>
    public double Bm25B { get => bm25B; init => bm25B = InRange(value, 0.0, 1.0, nameof(Bm25B)); }

    public double TitleFieldWeight { get => titleFieldWeight; init => titleFieldWeight = Weight(value, nameof(TitleFieldWeight)); }

    public double SummaryFieldWeight { get => summaryFieldWeight; init => summaryFieldWeight = Weight(value, nameof(SummaryFieldWeight)); }

    public double KeywordsFieldWeight { get => keywordsFieldWeight; init => keywordsFieldWeight = Weight(value, nameof(KeywordsFieldWeight)); }

    public double BodyFieldWeight { get => bodyFieldWeight; init => bodyFieldWeight = Weight(value, nameof(BodyFieldWeight)); }

    /// <summary>
    /// Weight, relative to a word the rep wrote, of an article term reached through <see cref="Thesaurus"/> ("purchasing
    /// department" reaching "procurement"); 0..1, default 0.5, 0 turns concept matching off. Below 1 because a concept
    /// match is a reading of the note, not the note itself.
    /// </summary>
    public double SynonymWeight { get => synonymWeight; init => synonymWeight = InRange(value, 0.0, 1.0, nameof(SynonymWeight)); }

    /// <summary>
    /// Weight of topic evidence: the best text match among the other practices on the same topic, scaled like
    /// <see cref="TextWeight"/> (1 = as strong as the best match of the query). A deal whose notes match several
    /// pricing write-ups is about pricing, so the pricing practice worded differently rises too. 0 turns it off.
    /// </summary>
    public double TopicWeight { get => topicWeight; init => topicWeight = Weight(value, nameof(TopicWeight)); }

    /// <summary>The sales concepts recognised in deal notes; default <see cref="SalesThesaurus.Default"/>.</summary>
    public SalesThesaurus Thesaurus { get => thesaurus; init => thesaurus = value ?? throw new ArgumentNullException(nameof(Thesaurus)); }

    // Weights are bounded so a typo (1e9) cannot silently make one factor the whole ranking.
    private static double Weight(double value, string name) => InRange(value, 0.0, 1_000.0, name);

    private static double InRange(double value, double min, double max, string name)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }

        return value;
    }

    private static int InRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }

        return value;
    }
}
