using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Testing;

namespace DataverseSharing.Domain.Tests.Learning;

public sealed class EffectivenessLearningTests
{
    [Fact]
    public void RecordOutcome_Applied_CountsAppliedAndLeavesInputUntouched()
    {
        var before = EffectivenessStats.None;

        var after = before.RecordOutcome(practiceApplied: true, won: true).RecordOutcome(practiceApplied: true, won: false);

        Assert.Equal(1, after.AppliedWon);
        Assert.Equal(1, after.AppliedLost);
        Assert.Equal(0, before.AppliedOutcomes);
    }

    [Fact]
    public void RecordOutcome_NotApplied_CountsBaseline()
    {
        var after = EffectivenessStats.None.RecordOutcome(practiceApplied: false, won: true).RecordOutcome(false, false);

        Assert.Equal(1, after.BaselineWon);
        Assert.Equal(1, after.BaselineLost);
        Assert.Equal(0, after.AppliedOutcomes);
    }

    [Fact]
    public void RecordAppliedDismissedRating_IncrementCounters()
    {
        var stats = EffectivenessStats.None.RecordApplied().RecordDismissed().RecordDismissed().RecordRating(4).RecordRating(5);

        Assert.Equal(1, stats.TimesApplied);
        Assert.Equal(2, stats.TimesDismissed);
        Assert.Equal(2, stats.RatingCount);
        Assert.Equal(9, stats.RatingTotal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void RecordRating_OutOfRange_ThrowsArgumentOutOfRange(int stars)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EffectivenessStats.None.RecordRating(stars));

        Assert.Equal("stars", error.ParamName);
    }

    [Fact]
    public void ApplyOutcome_PracticeApplied_CountsAsApplied()
    {
        var practice = Some.Practice("p").Build();

        var updated = practice.ApplyOutcome(new DealOutcome { OpportunityId = "o1", Won = true, AppliedPracticeIds = ["p"] });

        Assert.Equal(1, updated.Effectiveness.AppliedWon);
    }

    [Fact]
    public void ApplyOutcome_ComparableDealWithoutPractice_CountsAsBaseline()
    {
        var practice = Some.Practice("p").ForIndustries("Retail").Build();

        var updated = practice.ApplyOutcome(new DealOutcome { Won = false, Industry = "retail" });

        Assert.Equal(1, updated.Effectiveness.BaselineLost);
    }

    [Fact]
    public void ApplyOutcome_UnrelatedDeal_ReturnsSameInstance()
    {
        var practice = Some.Practice("p").AgainstCompetitors("Fabrikam").Build();

        Assert.Same(practice, practice.ApplyOutcome(new DealOutcome { Won = true, Competitors = ["Contoso"] }));
    }

    [Fact]
    public void RecordOutcome_AppliedAgainstCompetitors_CountsEachCompetitorOnce()
    {
        var after = EffectivenessStats.None
            .RecordOutcome(true, true, ["Fabrikam", "Northwind", "fabrikam", " "])
            .RecordOutcome(true, false, ["Fabrikam"]);

        Assert.Equal(1, after.AppliedWon);
        Assert.Equal(1, after.AppliedLost);
        Assert.Equal(new CompetitorOutcome("Fabrikam", 1, 1), after.Against("FABRIKAM"));
        Assert.Equal(new CompetitorOutcome("Northwind", 1, 0), after.Against("Northwind"));
        Assert.Null(after.Against("Litware"));
    }

    [Fact]
    public void RecordOutcome_BaselineWithCompetitors_LeavesTheBreakdownAlone()
    {
        var after = EffectivenessStats.None.RecordOutcome(false, true, ["Fabrikam"]);

        Assert.Empty(after.AgainstCompetitors);
        Assert.Equal(1, after.BaselineWon);
    }

    [Fact]
    public void ApplyOutcome_DealAgainstACompetitor_RecordsItInTheBreakdown()
    {
        var practice = Some.Practice("p").AgainstCompetitors("Fabrikam").Build();

        var updated = practice.ApplyOutcome(new DealOutcome { OpportunityId = "o1", Won = true, AppliedPracticeIds = ["p"], Competitors = ["Fabrikam"] });

        Assert.Equal(new CompetitorOutcome("Fabrikam", 1, 0), updated.Effectiveness.Against("Fabrikam"));
    }

    [Fact]
    public void Equality_SameBreakdownInAnotherOrder_IsEqual()
    {
        var a = new EffectivenessStats { AppliedWon = 2, AgainstCompetitors = [new("Northwind", 1, 0), new("Fabrikam", 1, 0)] };
        var b = new EffectivenessStats { AppliedWon = 2, AgainstCompetitors = [new("Fabrikam", 1, 0), new("Northwind", 1, 0)] };
        var c = new EffectivenessStats { AppliedWon = 2, AgainstCompetitors = [new("Fabrikam", 2, 0)] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void CompetitorOutcome_InvalidValues_ThrowNamingTheField()
    {
        Assert.Equal("competitor", Assert.Throws<ArgumentException>(() => new CompetitorOutcome(" ", 1, 1)).ParamName);
        Assert.Equal("won", Assert.Throws<ArgumentOutOfRangeException>(() => new CompetitorOutcome("Fabrikam", -1, 1)).ParamName);
        Assert.Equal("lost", Assert.Throws<ArgumentOutOfRangeException>(() => new CompetitorOutcome("Fabrikam", 1, -1)).ParamName);
    }
}
