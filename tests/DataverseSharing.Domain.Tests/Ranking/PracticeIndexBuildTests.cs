using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

public sealed class PracticeIndexBuildTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    [Fact]
    public void Build_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => PracticeIndex.Build(null!));
    }

    [Fact]
    public void Build_NotApprovedOrNull_AreLeftOut()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("a"),
            Some.Practice("b").WithStatus(PracticeStatus.Draft),
            Some.Practice("c").WithStatus(PracticeStatus.Retired),
            null!,
        ]);

        Assert.Equal(1, index.Count);
        Assert.True(index.TryGetPractice("a", out _));
        Assert.False(index.TryGetPractice("b", out _));
    }

    [Fact]
    public void Build_DuplicateId_KeepsHighestVersion()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("a").WithVersion(2).WithTitle("second"),
            Some.Practice("a").WithVersion(3).WithTitle("third"),
            Some.Practice("a").WithVersion(1).WithTitle("first"),
        ]);

        Assert.Equal(1, index.Count);
        Assert.True(index.TryGetPractice("a", out var kept));
        Assert.Equal("third", kept!.Title);
    }

    [Fact]
    public void Build_ZeroPractices_SuggestsNothing()
    {
        var index = PracticeIndex.Build([]);

        Assert.Empty(index.Suggest(Some.Deal().Described("pricing"), 5, AsOf));
    }

    [Fact]
    public void Build_CustomOptions_AreUsed()
    {
        var options = new RankingOptions { MaxSuggestions = 2 };

        var index = PracticeIndex.Build(SomePractices.Library(20), options);

        Assert.Same(options, index.Options);
        Assert.Equal(2, index.Suggest(Some.Deal().Build(), AsOf).Count);
    }

    [Fact]
    public void Build_MissingFields_IndexesWithoutThrowing()
    {
        var index = PracticeIndex.Build(
        [
            new Practice { Status = PracticeStatus.Approved },
            new Practice { Id = "x", Status = PracticeStatus.Approved, Title = "Pricing", Topic = (PracticeTopic)99 },
            new Practice { Id = "y", Status = PracticeStatus.Approved, Keywords = ["", "  "], Industries = [" "] },
        ]);

        var suggestions = index.Suggest(Some.Deal().Described("pricing").InIndustry("Retail").AtStage(SalesStage.Close), 5, AsOf);

        Assert.Equal(3, index.Count);
        Assert.Equal(3, suggestions.Count);
        Assert.Equal("x", suggestions[0].Practice.Id);
    }
}
