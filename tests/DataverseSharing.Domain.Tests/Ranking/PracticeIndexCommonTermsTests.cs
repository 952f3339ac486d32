using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>Large libraries: words in most practices stop recruiting candidates or counting, without blinding the ranking.</summary>
public sealed class PracticeIndexCommonTermsTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static PracticeIndex LargeLibrary()
    {
        var practices = Enumerable.Range(0, 3_000).Select(i => Some.Practice($"p-{i:D4}")
            .WithTitle(i % 2 == 0 ? "Solution overview" : "Solution walkthrough for the team")
            .WithTopic((PracticeTopic)(i % 11))
            .ForStages(i % 4 == 0 ? SalesStage.Propose : SalesStage.Qualify)
            .Build()).ToList();
        practices.Add(Some.Practice("needle").WithTitle("Solution pricing with procurement").WithTopic(PracticeTopic.Negotiation));
        return PracticeIndex.Build(practices);
    }

    [Fact]
    public void Suggest_RareWordAmongUbiquitousOnes_RanksRareMatchFirstAndQuotesOnlyIt()
    {
        var suggestions = LargeLibrary().Suggest(Some.Deal().Described("solution procurement"), 5, AsOf);

        Assert.Equal("needle", suggestions[0].Practice.Id);
        var text = Assert.Single(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Text);
        Assert.Equal("matches your deal: 'procurement'", text.Text);
    }

    [Fact]
    public void Suggest_OnlyUbiquitousWords_StillMatchesOnText()
    {
        var suggestions = LargeLibrary().Suggest(Some.Deal().Described("solution"), 5, AsOf);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.Contains(s.Reasons, r => r.Factor == ReasonFactors.Text && r.Text == "matches your deal: 'solution'"));
    }

    [Fact]
    public void Suggest_CommonWordAddsToOtherwiseFoundCandidates()
    {
        var suggestions = LargeLibrary().Suggest(Some.Deal().Described("overview procurement"), 3, AsOf);

        Assert.Equal("needle", suggestions[0].Practice.Id);
        Assert.Contains(suggestions.Skip(1), s => s.Reasons.Any(r => r.Text == "matches your deal: 'overview'"));
    }

    [Fact]
    public void Suggest_OnlyALongStageList_StillRecruitsThatStage()
    {
        var suggestions = LargeLibrary().Suggest(Some.Deal().AtStage(SalesStage.Propose), 5, AsOf);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.Contains(SalesStage.Propose, s.Practice.SalesStages));
    }

    [Fact]
    public void Suggest_LongStageListWithSelectiveText_CreditsStageWithoutFalseMismatch()
    {
        var suggestions = LargeLibrary().Suggest(Some.Deal().Described("procurement").AtStage(SalesStage.Qualify), 5, AsOf);

        Assert.Equal("needle", suggestions[0].Practice.Id);
        foreach (var suggestion in suggestions.Where(s => s.Practice.SalesStages.Contains(SalesStage.Qualify)))
        {
            Assert.Contains(suggestion.Reasons, r => r.Text == "same stage: Qualify");
        }

        foreach (var suggestion in suggestions.Where(s => s.Practice.SalesStages.Contains(SalesStage.Propose)))
        {
            Assert.Contains(suggestion.Reasons, r => r.Factor == ReasonFactors.Stage && r.Contribution < 0);
        }
    }
}
