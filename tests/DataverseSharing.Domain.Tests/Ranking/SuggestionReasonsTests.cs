using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

public sealed class SuggestionReasonsTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static Suggestion Single(Practice practice, DealContextBuilder deal) =>
        PracticeIndex.Build([practice]).Suggest(deal, 1, AsOf).Single();

    [Fact]
    public void Reasons_CompetitorWithOutcomes_SayWonNOfMAgainstCompetitor()
    {
        var stats = new EffectivenessStats
        {
            AppliedWon = 11,
            AppliedLost = 3,
            BaselineWon = 40,
            BaselineLost = 60,
            AgainstCompetitors = [new CompetitorOutcome("Fabrikam", 7, 2), new CompetitorOutcome("Northwind", 4, 1)],
        };
        var suggestion = Single(
            Some.Practice("fab").AgainstCompetitors("Fabrikam").WithEffectiveness(stats),
            Some.Deal().AgainstCompetitors("fabrikam "));

        var reason = Assert.Single(suggestion.Reasons, r => r.Factor == ReasonFactors.Effectiveness);
        Assert.Equal("won 7 of 9 deals against Fabrikam (11 of 14 overall; comparable deals win 40%)", reason.Text);
    }

    [Fact]
    public void Reasons_PracticeThatKeepsLosing_IsFlaggedAndSinks()
    {
        var losing = Some.Practice("losing").WithTitle("Open-ended free trial").WithOutcomes(2, 14, 50, 50).Build();
        var fine = Some.Practice("fine").WithTitle("Scoped proof of concept").Build();
        var deal = Some.Deal().Described("They asked for a free trial");

        var flagged = Single(losing, deal);
        var ranked = PracticeIndex.Build([losing, fine]).Suggest(deal, 2, AsOf);

        var review = Assert.Single(flagged.Reasons, r => r.Factor == ReasonFactors.Review);
        Assert.Equal(-RankingOptions.Default.FlaggedPenalty, review.Contribution, 6);
        Assert.StartsWith("flagged for review: won 2 of 16 deals", review.Text, StringComparison.Ordinal);
        Assert.Equal(flagged.Score, flagged.Reasons.Sum(r => r.Contribution), 4);
        Assert.Equal("fine", ranked[0].Practice.Id);
    }

    [Fact]
    public void Reasons_FlaggedPenaltyZero_NoReviewReason()
    {
        var losing = Some.Practice("losing").WithOutcomes(2, 14, 50, 50).Build();

        var suggestion = PracticeIndex.Build([losing], new RankingOptions { FlaggedPenalty = 0 }).Suggest(DealContext.Empty, 1, AsOf)[0];

        Assert.DoesNotContain(suggestion.Reasons, r => r.Factor == ReasonFactors.Review);
    }

    [Fact]
    public void Reasons_CompetitorWithoutPerCompetitorCounts_GiveTheOverallRecordWithoutClaimingTheCompetitor()
    {
        var suggestion = Single(
            Some.Practice("fab").AgainstCompetitors("Fabrikam").WithOutcomes(7, 2, 40, 60),
            Some.Deal().AgainstCompetitors("Fabrikam"));

        var reason = Assert.Single(suggestion.Reasons, r => r.Factor == ReasonFactors.Effectiveness);
        Assert.Equal("won 7 of 9 deals where it was applied (comparable deals win 40%)", reason.Text);
    }

    [Fact]
    public void Reasons_TextMatch_QuoteTheDealsWords()
    {
        var suggestion = Single(
            Some.Practice("p").WithTitle("Multi-year procurement terms"),
            Some.Deal().Described("Procurement asks for multi-year terms"));

        var text = Assert.Single(suggestion.Reasons, r => r.Factor == ReasonFactors.Text);
        Assert.Equal("matches your deal: 'procurement', 'multi', 'year', 'terms'", text.Text);
    }

    [Fact]
    public void Reasons_EveryStructuredMatch_IsNamed()
    {
        var suggestion = Single(
            Some.Practice("p")
                .ForStages(SalesStage.Propose)
                .ForIndustries("Manufacturing")
                .ForSize(DealSizeBand.Large)
                .ForProducts("Field Service")
                .ForBuyerRoles("CFO")
                .ForRegions("EMEA"),
            Some.Deal().AtStage(SalesStage.Propose).InIndustry("manufacturing").Worth(400_000m)
                .WithProducts("Field Service").WithBuyerRoles("CFO").InRegion("EMEA"));

        var texts = suggestion.Reasons.Select(r => r.Text).ToArray();
        Assert.Contains("same stage: Propose", texts);
        Assert.Contains("same industry: manufacturing", texts);
        Assert.Contains("fits Large deals", texts);
        Assert.Contains("same product: Field Service", texts);
        Assert.Contains("for the buyer role: CFO", texts);
        Assert.Contains("same region: EMEA", texts);
    }

    [Fact]
    public void Reasons_Contributions_SumToScore()
    {
        var index = PracticeIndex.Build(SomePractices.Library(300).Select((p, i) => i % 7 == 0 ? p with { Effectiveness = new EffectivenessStats { AppliedWon = 9, AppliedLost = 1, BaselineWon = 5, BaselineLost = 5, RatingCount = 3, RatingTotal = 13 } } : p));
        var deal = Some.Deal().Described("procurement pilot budget").AtStage(SalesStage.Propose).InIndustry("Retail")
            .AgainstCompetitors("Fabrikam").Worth(80_000m).DismissedByRep("lib-00007").AlreadyUsed("lib-00014").Build();

        var suggestions = index.Suggest(deal, 10, AsOf);

        Assert.Equal(10, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(s.Score, s.Reasons.Sum(r => r.Contribution), 4));
    }

    [Fact]
    public void Reasons_AreOrderedStrongestFirst()
    {
        var suggestion = Single(
            Some.Practice("p").WithTitle("pricing").ForStages(SalesStage.Qualify).ReviewOn(AsOf.AddDays(-1)),
            Some.Deal().Described("pricing").AtStage(SalesStage.Close));

        var contributions = suggestion.Reasons.Select(r => r.Contribution).ToArray();
        Assert.Equal(contributions.OrderByDescending(c => c), contributions);
        Assert.Contains(suggestion.Reasons, r => r.Factor == ReasonFactors.Freshness && r.Text == "approved 30 days ago; review overdue");
    }

    [Fact]
    public void Reasons_AlreadyUsedWithAccount_IsExplained()
    {
        var suggestion = Single(Some.Practice("p"), Some.Deal().AlreadyUsed("p"));

        Assert.Contains(suggestion.Reasons, r => r.Factor == ReasonFactors.Feedback && r.Text == "already used with this account");
    }

    [Fact]
    public void Reasons_RecordWithinTheNoise_CountsPositiveZeroAndSaysSo()
    {
        var suggestion = Single(Some.Practice("thin").WithOutcomes(0, 1, 12, 11), Some.Deal());

        var reason = Assert.Single(suggestion.Reasons, r => r.Factor == ReasonFactors.Effectiveness);
        Assert.Equal("won 0 of 1 deals where it was applied (comparable deals win 52%); no proven effect either way", reason.Text);
        Assert.Equal(0.0, reason.Contribution);
        Assert.False(double.IsNegative(reason.Contribution), "a lift shrunk to zero must not be -0.0");
    }

    [Fact]
    public void Reasons_ProvenRecord_DoesNotSayUnproven()
    {
        var suggestion = Single(Some.Practice("strong").WithOutcomes(30, 2, 20, 40), Some.Deal());

        var reason = Assert.Single(suggestion.Reasons, r => r.Factor == ReasonFactors.Effectiveness);
        Assert.True(reason.Contribution > 0);
        Assert.DoesNotContain("no proven effect", reason.Text, StringComparison.Ordinal);
    }
}
