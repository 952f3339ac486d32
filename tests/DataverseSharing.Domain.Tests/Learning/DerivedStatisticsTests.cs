using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Testing;

namespace DataverseSharing.Domain.Tests.Learning;

public sealed class DerivedStatisticsTests
{
    private static SuggestionFact Fact(string deal, FeedbackStatus status, bool? won = null, int? rating = null, params string[] competitors) =>
        new() { OpportunityId = deal, Status = status, Won = won, Rating = rating, Competitors = competitors };

    [Fact]
    public void From_AppliedOnClosedDeals_CountsAppliedOutcomesAndPerCompetitor()
    {
        var stats = DerivedStatistics.From(Some.Practice(), [
            Fact("d1", FeedbackStatus.Applied, true, null, "Fabrikam"),
            Fact("d2", FeedbackStatus.Applied, false, null, "Fabrikam", "Northwind"),
            Fact("d3", FeedbackStatus.Applied),
        ]);

        Assert.Equal((1, 1, 3), (stats.AppliedWon, stats.AppliedLost, stats.TimesApplied));
        Assert.Equal(new CompetitorOutcome("Fabrikam", 1, 1), stats.Against("Fabrikam"));
        Assert.Equal(new CompetitorOutcome("Northwind", 0, 1), stats.Against("northwind"));
    }

    [Fact]
    public void From_SuggestedOrDismissedOnClosedDeals_IsTheBaseline()
    {
        var stats = DerivedStatistics.From(Some.Practice(), [
            Fact("d1", FeedbackStatus.Suggested, true),
            Fact("d2", FeedbackStatus.Dismissed, false),
            Fact("d3", FeedbackStatus.Suggested),
        ]);

        Assert.Equal((1, 1, 0, 0), (stats.BaselineWon, stats.BaselineLost, stats.AppliedWon, stats.AppliedLost));
        Assert.Equal(1, stats.TimesDismissed);
    }

    [Fact]
    public void From_ClosedDealOutsideThePracticesScope_IsNoBaseline()
    {
        var practice = Some.Practice().ForIndustries("Healthcare").Build();

        var stats = DerivedStatistics.From(practice, [
            new SuggestionFact { OpportunityId = "d1", Status = FeedbackStatus.Suggested, Won = true, Industry = "Retail" },
            new SuggestionFact { OpportunityId = "d2", Status = FeedbackStatus.Suggested, Won = true, Industry = "healthcare" },
        ]);

        Assert.Equal(1, stats.BaselineWon);
    }

    [Fact]
    public void From_Ratings_AreCountedWhateverTheStatus()
    {
        var stats = DerivedStatistics.From(Some.Practice(), [Fact("d1", FeedbackStatus.Suggested, null, 4), Fact("d2", FeedbackStatus.Applied, null, 2)]);

        Assert.Equal((2, 6), (stats.RatingCount, stats.RatingTotal));
    }

    [Fact]
    public void From_SameDealTwice_CountsItOnceAndPrefersTheApplication()
    {
        var stats = DerivedStatistics.From(Some.Practice(), [Fact("d1", FeedbackStatus.Suggested, true), Fact("D1", FeedbackStatus.Applied, true)]);

        Assert.Equal((1, 0, 1), (stats.AppliedWon, stats.BaselineWon, stats.TimesApplied));
    }

    [Fact]
    public void From_SameFactsInAnyOrder_GiveTheSameStatistics()
    {
        SuggestionFact[] facts = [Fact("a", FeedbackStatus.Applied, true, 5, "X"), Fact("b", FeedbackStatus.Dismissed, false), Fact("c", FeedbackStatus.Applied, false, null, "Y")];

        Assert.Equal(DerivedStatistics.From(Some.Practice(), facts), DerivedStatistics.From(Some.Practice(), facts.Reverse()));
    }

    [Fact]
    public void From_NoFacts_IsNone() =>
        Assert.Equal(EffectivenessStats.None, DerivedStatistics.From(Some.Practice(), []));

    [Fact]
    public void Rating_OutOfRange_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuggestionFact { Rating = 6 });
}
