using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>Large libraries: words in most practices stop recruiting candidates or counting, without blinding the ranking.</summary>
public sealed class PracticeIndexCommonTermsTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static PracticeIndex LargeLibrary(params Practice[] extra)
    {
        var practices = Enumerable.Range(0, 3_000).Select(i => Some.Practice($"p-{i:D4}")
            .WithTitle(i % 2 == 0 ? "Solution overview" : "Solution walkthrough for the team")
            .WithTopic((PracticeTopic)(i % 11))
            .ForStages(i % 4 == 0 ? SalesStage.Propose : SalesStage.Qualify)
            .Build()).ToList();
        practices.Add(Some.Practice("needle").WithTitle("Solution pricing with procurement").WithTopic(PracticeTopic.Negotiation));
        practices.AddRange(extra);
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

        var atQualify = suggestions.Where(s => s.Practice.SalesStages.Contains(SalesStage.Qualify)).ToList();

        Assert.Equal("needle", suggestions[0].Practice.Id);
        Assert.Equal(4, atQualify.Count);
        Assert.All(atQualify, s => Assert.Contains(s.Reasons, r => r.Text == "same stage: Qualify"));
        Assert.All(atQualify, s => Assert.DoesNotContain(s.Reasons, r => r.Factor == ReasonFactors.Stage && r.Contribution < 0));
    }

    [Fact]
    public void Suggest_LongStageListWithSelectiveText_StillPenalisesAnotherStage()
    {
        // A practice for Propose that the text recruits: the stage list it is not on is a long, deferred one, and its
        // mismatch must still cost points. A strong track record lifts it into the top ten despite the penalty.
        var elsewhere = Some.Practice("propose-procurement").WithTitle("Procurement sign-off at proposal").WithTopic(PracticeTopic.Closing)
            .ForStages(SalesStage.Propose)
            .With(p => p with { Effectiveness = new EffectivenessStats { AppliedWon = 30, AppliedLost = 2, BaselineWon = 10, BaselineLost = 30 } })
            .Build();

        var suggestions = LargeLibrary(elsewhere).Suggest(Some.Deal().Described("procurement").AtStage(SalesStage.Qualify), 10, AsOf);

        var mismatched = Assert.Single(suggestions, s => s.Practice.Id == "propose-procurement");
        var stage = Assert.Single(mismatched.Reasons, r => r.Factor == ReasonFactors.Stage);
        Assert.Equal("written for Propose; deal is at Qualify", stage.Text);
        Assert.Equal(-1.5, stage.Contribution, 6);
    }
}
