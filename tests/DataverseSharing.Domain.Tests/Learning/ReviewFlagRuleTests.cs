using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Testing;

namespace DataverseSharing.Domain.Tests.Learning;

public sealed class ReviewFlagRuleTests
{
    [Fact]
    public void Evaluate_KeepsLosingWithEnoughEvidence_FlagsKeepsLosing()
    {
        var stats = new EffectivenessStats { AppliedWon = 1, AppliedLost = 11, BaselineWon = 50, BaselineLost = 50 };

        var flag = ReviewFlagRule.Evaluate(stats);

        Assert.NotNull(flag);
        Assert.Equal(ReviewReason.KeepsLosing, flag.Reason);
        Assert.Equal("won 1 of 12 deals where applied against a 50% win rate on comparable deals", flag.Explanation);
    }

    [Fact]
    public void Evaluate_LosingButTooFewOutcomes_DoesNotFlag()
    {
        var stats = new EffectivenessStats { AppliedLost = ReviewFlagRule.MinAppliedOutcomes - 1, BaselineWon = 50, BaselineLost = 50 };

        Assert.Null(ReviewFlagRule.Evaluate(stats));
    }

    [Fact]
    public void Evaluate_SlightlyBelowBaseline_DoesNotFlag()
    {
        var stats = new EffectivenessStats { AppliedWon = 4, AppliedLost = 6, BaselineWon = 50, BaselineLost = 50 };

        Assert.Null(ReviewFlagRule.Evaluate(stats));
    }

    [Fact]
    public void Evaluate_DismissedFarMoreThanApplied_FlagsKeepsBeingDismissed()
    {
        var stats = new EffectivenessStats { TimesDismissed = 25, TimesApplied = 2 };

        Assert.Equal(ReviewReason.KeepsBeingDismissed, ReviewFlagRule.Evaluate(stats)?.Reason);
    }

    [Fact]
    public void NeedsReview_ReplayedLosses_BecomesTrue()
    {
        var practice = Some.Practice("p").WithOutcomes(0, 0, 30, 30).Build();
        var loss = new DealOutcome { Won = false, AppliedPracticeIds = ["p"] };

        for (var i = 0; i < ReviewFlagRule.MinAppliedOutcomes + 2; i++)
        {
            practice = practice.ApplyOutcome(loss);
        }

        Assert.True(ReviewFlagRule.NeedsReview(practice));
    }

    [Theory]
    [InlineData(2, 14, 50, 50, 0, 0)]
    [InlineData(1, 3, 50, 50, 0, 0)]
    [InlineData(7, 3, 50, 50, 0, 0)]
    [InlineData(0, 0, 0, 0, 25, 2)]
    [InlineData(0, 0, 0, 0, 25, 10)]
    public void NeedsReview_Statistics_AgreesWithEvaluate(int won, int lost, int baseWon, int baseLost, int dismissed, int applied)
    {
        var stats = new EffectivenessStats
        {
            AppliedWon = won,
            AppliedLost = lost,
            BaselineWon = baseWon,
            BaselineLost = baseLost,
            TimesDismissed = dismissed,
            TimesApplied = applied,
        };

        Assert.Equal(ReviewFlagRule.Evaluate(stats) is not null, ReviewFlagRule.NeedsReview(stats));
    }
}
