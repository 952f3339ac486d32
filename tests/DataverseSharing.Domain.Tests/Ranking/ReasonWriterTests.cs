using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>The reasons printed with a suggestion: their words and the points each one gave.</summary>
public sealed class ReasonWriterTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static Suggestion Single(Practice practice, DealContextBuilder deal) =>
        PracticeIndex.Build([practice]).Suggest(deal, 1, AsOf).Single();

    private static SuggestionReason Reason(Suggestion suggestion, string factor) => Assert.Single(suggestion.Reasons, r => r.Factor == factor);

    [Fact]
    public void Explain_SameIndustryAndRegion_NamesThemAsTheDealWritesThem()
    {
        var suggestion = Single(
            Some.Practice("p").ForIndustries("Retail").ForRegions("EMEA").Build(),
            Some.Deal().InIndustry(" retail ").InRegion("emea "));

        Assert.Equal("same industry: retail", Reason(suggestion, ReasonFactors.Industry).Text);
        Assert.Equal(1.0, Reason(suggestion, ReasonFactors.Industry).Contribution, 6);
        Assert.Equal("same region: emea", Reason(suggestion, ReasonFactors.Region).Text);
        Assert.Equal(0.4, Reason(suggestion, ReasonFactors.Region).Contribution, 6);
    }

    [Fact]
    public void Explain_OtherIndustryAndRegion_SaysWhatThePracticeIsWrittenFor()
    {
        var suggestion = Single(
            Some.Practice("p").ForIndustries("Healthcare", "Insurance").ForRegions("APAC").Build(),
            Some.Deal().InIndustry("Retail").InRegion("EMEA"));

        Assert.Equal("written for Healthcare, Insurance", Reason(suggestion, ReasonFactors.Industry).Text);
        Assert.Equal(-2.0, Reason(suggestion, ReasonFactors.Industry).Contribution, 6);
        Assert.Equal("written for APAC", Reason(suggestion, ReasonFactors.Region).Text);
        Assert.Equal(-2.0, Reason(suggestion, ReasonFactors.Region).Contribution, 6);
    }

    [Fact]
    public void Explain_SizeBand_FitsOrSaysBothBands()
    {
        var fits = Single(Some.Practice("p").ForSize(DealSizeBand.Large).Build(), Some.Deal().Worth(400_000m));
        var other = Single(Some.Practice("p").ForSize(DealSizeBand.Small).Build(), Some.Deal().Worth(400_000m));

        Assert.Equal("fits Large deals", Reason(fits, ReasonFactors.SizeBand).Text);
        Assert.Equal(0.5, Reason(fits, ReasonFactors.SizeBand).Contribution, 6);
        Assert.Equal("written for Small deals; this one is Large", Reason(other, ReasonFactors.SizeBand).Text);
        Assert.Equal(-0.5, Reason(other, ReasonFactors.SizeBand).Contribution, 6);
    }

    [Fact]
    public void Explain_ListField_NamesSharedValuesOrThePracticesValues()
    {
        var shared = Single(Some.Practice("p").ForProducts("Field Service", "Sales").Build(), Some.Deal().WithProducts(" field service", "Marketing"));
        var other = Single(Some.Practice("p").ForProducts("Field Service", "Sales").Build(), Some.Deal().WithProducts("Marketing"));

        Assert.Equal("same product: field service", Reason(shared, ReasonFactors.Product).Text);
        Assert.Equal(0.75, Reason(shared, ReasonFactors.Product).Contribution, 6);
        Assert.Equal("written for Field Service, Sales", Reason(other, ReasonFactors.Product).Text);
        Assert.Equal(-0.75, Reason(other, ReasonFactors.Product).Contribution, 6);
    }

    [Fact]
    public void Explain_NoClosedOutcomes_GivesNoEffectivenessReason()
    {
        var suggestion = Single(Some.Practice("p").WithEffectiveness(new EffectivenessStats { TimesApplied = 3 }).Build(), Some.Deal());

        Assert.DoesNotContain(suggestion.Reasons, r => r.Factor == ReasonFactors.Effectiveness);
        Assert.DoesNotContain(suggestion.Reasons, r => r.Factor == ReasonFactors.Rating);
    }

    [Fact]
    public void Explain_PracticeAboutSeveralCompetitors_QuotesTheRecordAgainstTheOneTheDealFaces()
    {
        var stats = new EffectivenessStats
        {
            AppliedWon = 6,
            AppliedLost = 2,
            BaselineWon = 50,
            BaselineLost = 50,
            AgainstCompetitors = [new CompetitorOutcome("Fabrikam", 0, 0), new CompetitorOutcome("Northwind", 3, 1)],
        };

        var suggestion = Single(
            Some.Practice("p").AgainstCompetitors("Fabrikam", "Northwind").WithEffectiveness(stats).Build(),
            Some.Deal().AgainstCompetitors("Fabrikam", "Northwind"));

        // Eight applied deals are too few for the conservative lift to call a 75% record against a 50% baseline an effect.
        Assert.Equal("won 3 of 4 deals against Northwind (6 of 8 overall; comparable deals win 50%); no proven effect either way", Reason(suggestion, ReasonFactors.Effectiveness).Text);
    }

    [Fact]
    public void Explain_Ratings_GiveTheAverageAndTheSmoothedPoints()
    {
        var suggestion = Single(Some.Practice("p").WithEffectiveness(new EffectivenessStats { RatingCount = 4, RatingTotal = 18 }).Build(), Some.Deal());

        var rating = Reason(suggestion, ReasonFactors.Rating);
        Assert.Equal("rated 4.5/5 by 4 reps", rating.Text);

        // Smoothed (18 + 15) / 9 stars, mapped from 1..5 to -1..1, times the rating weight 0.3.
        Assert.Equal(0.3 * (((18 + 15) / 9.0) - 3.0) / 2.0, rating.Contribution, 9);
    }

    [Theory]
    [InlineData(0, "approved today")]
    [InlineData(1, "approved yesterday")]
    [InlineData(45, "approved 45 days ago")]
    public void Explain_Approval_SaysHowLongAgo(int days, string expected)
    {
        var suggestion = Single(Some.Practice("p").ApprovedOn(AsOf.AddDays(-days)).Build(), Some.Deal());

        Assert.Equal(expected, Reason(suggestion, ReasonFactors.Freshness).Text);
    }

    [Fact]
    public void Explain_ReviewDueNow_SaysReviewOverdue()
    {
        var due = Single(Some.Practice("p").ApprovedOn(AsOf.AddDays(-2)).ReviewOn(AsOf).Build(), Some.Deal());
        var later = Single(Some.Practice("p").ApprovedOn(AsOf.AddDays(-2)).ReviewOn(AsOf.AddTicks(1)).Build(), Some.Deal());

        Assert.Equal("approved 2 days ago; review overdue", Reason(due, ReasonFactors.Freshness).Text);
        Assert.Equal("approved 2 days ago", Reason(later, ReasonFactors.Freshness).Text);
    }

    [Fact]
    public void Explain_NeverApproved_GivesNoFreshnessReason()
    {
        var suggestion = Single(Some.Practice("p").ApprovedOn(null).Build(), Some.Deal());

        Assert.DoesNotContain(suggestion.Reasons, r => r.Factor == ReasonFactors.Freshness);
    }

    [Fact]
    public void Explain_TeamDismissed_SaysSoWithTheTeamPenalty()
    {
        var suggestion = Single(Some.Practice("p").Build(), Some.Deal().DismissedByTeam("p"));

        var feedback = Reason(suggestion, ReasonFactors.Feedback);
        Assert.Equal("your team dismissed this before", feedback.Text);
        Assert.Equal(-1.0, feedback.Contribution, 6);
    }

    [Fact]
    public void Explain_EveryKindOfFeedback_ListsThemAllWithTheSummedPenalty()
    {
        var suggestion = Single(Some.Practice("p").Build(), Some.Deal().DismissedByRep("p").DismissedByTeam("p").AlreadyUsed("p"));

        var feedback = Reason(suggestion, ReasonFactors.Feedback);
        Assert.Equal("you dismissed this before; your team dismissed this before; already used with this account", feedback.Text);
        Assert.Equal(-6.0, feedback.Contribution, 6);
    }

    [Fact]
    public void Explain_NoFeedback_GivesNoFeedbackReason()
    {
        var suggestion = Single(Some.Practice("p").Build(), Some.Deal().DismissedByRep("other"));

        Assert.DoesNotContain(suggestion.Reasons, r => r.Factor == ReasonFactors.Feedback);
    }
}
