using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class EffectivenessStatsTests
{
    [Fact]
    public void Lift_NoEvidence_IsZero()
    {
        Assert.Equal(0.0, EffectivenessStats.None.Lift, 12);
        Assert.Equal(0.0, EffectivenessStats.None.ConservativeLift, 12);
        Assert.Equal(0.5, EffectivenessStats.None.BaselineWinRate, 12);
    }

    [Fact]
    public void ConservativeLift_StrongEvidence_IsPositiveButBelowMeanLift()
    {
        var stats = new EffectivenessStats { AppliedWon = 40, AppliedLost = 10, BaselineWon = 100, BaselineLost = 100 };

        Assert.True(stats.Lift > 0.2, $"lift {stats.Lift}");
        Assert.InRange(stats.ConservativeLift, 0.05, stats.Lift);
    }

    [Fact]
    public void ConservativeLift_TwoOfTwo_IsBelowSeventyOfHundred()
    {
        var lucky = new EffectivenessStats { AppliedWon = 2, BaselineWon = 50, BaselineLost = 50 };
        var proven = new EffectivenessStats { AppliedWon = 70, AppliedLost = 30, BaselineWon = 50, BaselineLost = 50 };

        Assert.True(lucky.ConservativeLift < proven.ConservativeLift);
        Assert.Equal(0.0, lucky.ConservativeLift, 12);
    }

    [Fact]
    public void ConservativeLift_KeepsLosing_IsNegative()
    {
        var stats = new EffectivenessStats { AppliedWon = 3, AppliedLost = 27, BaselineWon = 50, BaselineLost = 50 };

        Assert.True(stats.ConservativeLift < -0.1, $"conservative lift {stats.ConservativeLift}");
    }

    [Fact]
    public void AppliedWon_Negative_ThrowsNamingProperty()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EffectivenessStats { AppliedWon = -1 });

        Assert.Equal(nameof(EffectivenessStats.AppliedWon), error.ParamName);
    }

    [Fact]
    public void SmoothedRating_FewRatings_StaysNearNeutral()
    {
        var one = new EffectivenessStats { RatingCount = 1, RatingTotal = 5 };
        var many = new EffectivenessStats { RatingCount = 100, RatingTotal = 500 };

        Assert.InRange(one.SmoothedRating, 3.0, 3.5);
        Assert.InRange(many.SmoothedRating, 4.8, 5.0);
    }
}
