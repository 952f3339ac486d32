using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>"Already used with this customer, won or lost" reaches the score and the reasons.</summary>
public sealed class AccountMemoryRankingTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static Suggestion Single(DealContextBuilder deal) =>
        PracticeIndex.Build([Some.Practice("p").ForStages(SalesStage.Propose).Build()]).Suggest(deal.AtStage(SalesStage.Propose), 1, AsOf).Single();

    [Fact]
    public void Suggest_UsedAndWonWithTheAccount_SinksLessThanAnOpenUse()
    {
        var fresh = Single(Some.Deal()).Score;
        var open = Single(Some.Deal().AlreadyUsed("p")).Score;
        var won = Single(Some.Deal().AlreadyUsed("p").UsedAndWon("p")).Score;

        Assert.Equal(fresh - RankingOptions.Default.AlreadyUsedWonPenalty, won, 5);
        Assert.Equal(fresh - RankingOptions.Default.AlreadyUsedPenalty, open, 5);
    }

    [Fact]
    public void Suggest_UsedAndLostWithTheAccount_SinksFurthest()
    {
        var fresh = Single(Some.Deal()).Score;

        var lost = Single(Some.Deal().AlreadyUsed("p").UsedAndLost("p"));

        Assert.Equal(fresh - RankingOptions.Default.AlreadyUsedLostPenalty, lost.Score, 5);
        Assert.Contains(lost.Reasons, r => r.Factor == ReasonFactors.Feedback && r.Text == "already used with this account, on deals it lost");
    }

    [Fact]
    public void Suggest_WonListOnly_CountsAsUsedOnce()
    {
        var fresh = Single(Some.Deal()).Score;

        var won = Single(Some.Deal().UsedAndWon("p", "p"));

        Assert.Equal(fresh - RankingOptions.Default.AlreadyUsedWonPenalty, won.Score, 5);
        Assert.Contains(won.Reasons, r => r.Text == "already used with this account, on deals it won");
    }

    [Fact]
    public void Suggest_InBothOutcomeLists_TakesTheLostPenaltyOnly()
    {
        var fresh = Single(Some.Deal()).Score;

        var both = Single(Some.Deal().AlreadyUsed("p").UsedAndWon("p").UsedAndLost("p"));

        Assert.Equal(fresh - RankingOptions.Default.AlreadyUsedLostPenalty, both.Score, 5);
    }

    [Fact]
    public void Suggest_WonAndLostPractices_RankBelowAndAboveTheOpenUse()
    {
        var library = new[] { "won", "open", "lost" }.Select(id => Some.Practice(id).ForStages(SalesStage.Propose).Build()).ToList();
        var deal = Some.Deal().AtStage(SalesStage.Propose).AlreadyUsed("won", "open", "lost").UsedAndWon("won").UsedAndLost("lost");

        var ranked = PracticeIndex.Build(library, new RankingOptions { MaxPerTopic = 10 }).Suggest(deal, 3, AsOf);

        Assert.Equal(["won", "open", "lost"], ranked.Select(s => s.Practice.Id));
    }
}
