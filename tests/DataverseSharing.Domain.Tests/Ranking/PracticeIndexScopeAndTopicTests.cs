using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>Out-of-scope practices (industry, region, competitor) and topic evidence from sibling practices.</summary>
public sealed class PracticeIndexScopeAndTopicTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    [Fact]
    public void Suggest_PracticeForAnotherIndustry_LosesTheOutOfScopePenaltyAndSaysWhy()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("hospital").WithTitle("Discount playbook").ForIndustries("Healthcare").Build(),
            Some.Practice("any").WithTitle("Pricing playbook").Build(),
        ]);

        var suggestions = index.Suggest(Some.Deal().InIndustry("Retail").Described("discount"), 2, AsOf);

        Assert.Equal("any", suggestions[0].Practice.Id);
        var reason = Assert.Single(suggestions[1].Reasons, r => r.Factor == ReasonFactors.Industry);
        Assert.Equal(-RankingOptions.Default.OutOfScopePenalty, reason.Contribution, 6);
        Assert.Equal("written for Healthcare", reason.Text);
    }

    [Fact]
    public void Suggest_OutOfScopePenaltyZero_LetsTheTextDecide()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("hospital").WithTitle("Discount playbook").ForIndustries("Healthcare").Build(),
            Some.Practice("any").WithTitle("Pricing playbook").Build(),
        ], new RankingOptions { OutOfScopePenalty = 0 });

        var suggestions = index.Suggest(Some.Deal().InIndustry("Retail").Described("discount"), 2, AsOf);

        Assert.Equal("hospital", suggestions[0].Practice.Id);
        Assert.DoesNotContain(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Industry);
    }

    [Fact]
    public void Suggest_StageMismatch_CostsTheFullStageWeightByDefault()
    {
        var index = PracticeIndex.Build([Some.Practice("close").WithTitle("Closing plan").ForStages(SalesStage.Close).Build()]);

        var suggestion = index.Suggest(Some.Deal().AtStage(SalesStage.Qualify), 1, AsOf)[0];

        var stage = Assert.Single(suggestion.Reasons, r => r.Factor == ReasonFactors.Stage);
        Assert.Equal(-RankingOptions.Default.StageWeight * RankingOptions.Default.MismatchPenalty, stage.Contribution, 6);
    }

    [Fact]
    public void Suggest_SiblingsOnTheSameTopicMatch_LiftsTheDifferentlyWordedPractice()
    {
        var library = new[]
        {
            Some.Practice("p-anchor").WithTitle("Anchor the discount conversation").WithTopic(PracticeTopic.Pricing).Build(),
            Some.Practice("p-terms").WithTitle("Trade discount for longer terms").WithTopic(PracticeTopic.Pricing).Build(),
            Some.Practice("p-options").WithTitle("Present three options").WithTopic(PracticeTopic.Pricing).Build(),
            Some.Practice("q-meddicc").WithTitle("Score the deal with MEDDICC").WithTopic(PracticeTopic.Qualification).Build(),
        };
        var deal = Some.Deal().Described("They want a discount").Build();

        var with = PracticeIndex.Build(library, new RankingOptions { MaxPerTopic = 3 }).Suggest(deal, 4, AsOf);
        var without = PracticeIndex.Build(library, new RankingOptions { TopicWeight = 0, MaxPerTopic = 3 }).Suggest(deal, 4, AsOf);

        var options = Assert.Single(with, s => s.Practice.Id == "p-options");
        var topic = Assert.Single(options.Reasons, r => r.Factor == ReasonFactors.Topic);
        Assert.Equal("your notes match other pricing practices", topic.Text);
        Assert.True(topic.Contribution > 0);
        Assert.True(options.Score > without.Single(s => s.Practice.Id == "p-options").Score);
        Assert.DoesNotContain(with.Single(s => s.Practice.Id == "q-meddicc").Reasons, r => r.Factor == ReasonFactors.Topic);
    }

    [Fact]
    public void Suggest_OnlyOnePracticeOfATopicMatches_GetsNoTopicEvidenceFromItself()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("p-anchor").WithTitle("Anchor the discount conversation").WithTopic(PracticeTopic.Pricing).Build(),
            Some.Practice("p-options").WithTitle("Present three options").WithTopic(PracticeTopic.Pricing).Build(),
        ]);

        var suggestions = index.Suggest(Some.Deal().Described("discount"), 2, AsOf);

        Assert.Equal("p-anchor", suggestions[0].Practice.Id);
        Assert.DoesNotContain(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Topic);
        Assert.Contains(suggestions[1].Reasons, r => r.Factor == ReasonFactors.Topic);
    }

    [Fact]
    public void Suggest_StructuredValues_AreMatchedAsFieldsNotAsWords()
    {
        var index = PracticeIndex.Build([Some.Practice("backwards").WithTitle("Work backwards from the go-live date").Build()]);

        var suggestion = index.Suggest(Some.Deal().AgainstCompetitors("Adventure Works").WithProducts("Field Service").Build(), 1, AsOf)[0];

        Assert.DoesNotContain(suggestion.Reasons, r => r.Factor == ReasonFactors.Text);
    }

    [Fact]
    public void Suggest_ReasonsStillAddUpToTheScore()
    {
        var index = PracticeIndex.Build(SomePractices.Library(300));

        var suggestions = index.Suggest(Some.Deal().InIndustry("Retail").AtStage(SalesStage.Propose).Described("Procurement wants a discount before the board meets").Build(), 5, AsOf);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(s.Score, s.Reasons.Sum(r => r.Contribution), 6));
    }
}
