namespace DataverseSharing.Domain.Ranking;

/// <summary>The values of <see cref="SuggestionReason.Factor"/>.</summary>
public static class ReasonFactors
{
    public const string Text = "text";
    public const string Topic = "topic";
    public const string Stage = "stage";
    public const string Industry = "industry";
    public const string SizeBand = "size";
    public const string Product = "product";
    public const string Competitor = "competitor";
    public const string BuyerRole = "buyerRole";
    public const string Region = "region";
    public const string DecisionUnit = "decisionUnit";
    public const string Effectiveness = "effectiveness";
    public const string Rating = "rating";
    public const string Review = "review";
    public const string Freshness = "freshness";
    public const string Feedback = "feedback";
}
