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

    [Fact]
    public void ConservativeLift_KnownCounts_MatchesTheBetaBinomialModel()
    {
        // Baseline Beta(101, 101): rate 0.5. Applied Beta(10 * 0.5 + 40, 10 * 0.5 + 10) = Beta(45, 15): rate 0.75.
        // Variances 45 * 15 / (60^2 * 61) and 101 * 101 / (202^2 * 203); one standard deviation is given away.
        var stats = new EffectivenessStats { AppliedWon = 40, AppliedLost = 10, BaselineWon = 100, BaselineLost = 100 };

        Assert.Equal(0.5, stats.BaselineWinRate, 12);
        Assert.Equal(0.75, stats.AppliedWinRate, 12);
        Assert.Equal(0.25, stats.Lift, 12);
        Assert.Equal(0.0656147665194302, stats.LiftStandardDeviation, 12);
        Assert.Equal(0.1843852334805698, stats.ConservativeLift, 12);
    }

    [Fact]
    public void ConservativeLift_KnownLosingCounts_IsTheNegatedShrunkLift()
    {
        var stats = new EffectivenessStats { AppliedWon = 3, AppliedLost = 27, BaselineWon = 50, BaselineLost = 50 };

        Assert.Equal(-0.3, stats.Lift, 12);
        Assert.Equal(-0.2204410690719787, stats.ConservativeLift, 12);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void ConservativeLift_InconclusiveEvidence_IsPositiveZero(int won, int lost)
    {
        // A negative zero would print as "-0" in JSON and read as a (tiny) negative effect.
        var stats = new EffectivenessStats { AppliedWon = won, AppliedLost = lost };

        Assert.Equal(0.0, stats.ConservativeLift);
        Assert.False(double.IsNegative(stats.ConservativeLift), $"{stats.ConservativeLift:R}");
    }

    [Fact]
    public void SmoothedRating_KnownRatings_IsThePseudoRatingAverage()
    {
        Assert.Equal(3.0, EffectivenessStats.None.SmoothedRating, 12);
        Assert.Equal((13 + 15) / 8.0, new EffectivenessStats { RatingCount = 3, RatingTotal = 13 }.SmoothedRating, 12);
    }

    public static TheoryData<string, EffectivenessStats> OneFieldChanged() => new()
    {
        { "AppliedWon", Counts() with { AppliedWon = 9 } },
        { "AppliedLost", Counts() with { AppliedLost = 9 } },
        { "BaselineWon", Counts() with { BaselineWon = 9 } },
        { "BaselineLost", Counts() with { BaselineLost = 9 } },
        { "TimesApplied", Counts() with { TimesApplied = 9 } },
        { "TimesDismissed", Counts() with { TimesDismissed = 9 } },
        { "RatingCount", Counts() with { RatingCount = 9 } },
        { "RatingTotal", Counts() with { RatingTotal = 9 } },
        { "AgainstCompetitors count", Counts() with { AgainstCompetitors = [new("Fabrikam", 1, 0), new("Litware", 1, 1)] } },
        { "AgainstCompetitors outcome", Counts() with { AgainstCompetitors = [new("Fabrikam", 2, 0)] } },
        { "AgainstCompetitors name", Counts() with { AgainstCompetitors = [new("Litware", 1, 0)] } },
    };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void Equals_OneFieldDiffers_IsFalse(string field, EffectivenessStats changed)
    {
        var original = Counts();

        Assert.False(original.Equals(changed), field);
        Assert.False(changed.Equals(original), field);
        Assert.NotEqual(original, changed);
    }

    [Fact]
    public void Equals_SameCountsAndBreakdown_IsTrueWithTheSameHash()
    {
        var a = Counts();
        var b = Counts() with { AgainstCompetitors = [new(" Fabrikam ", 1, 0)] };

        Assert.True(a.Equals(b));
        Assert.True(a.Equals(a));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Assert.False(Counts().Equals(null));
    }

    [Fact]
    public void AgainstCompetitors_SameCompetitorTwice_MergesCountsAndSortsByName()
    {
        var stats = new EffectivenessStats
        {
            AgainstCompetitors = [new("Litware", 1, 1), new("Fabrikam", 2, 1), new(" fabrikam", 3, 4)],
        };

        Assert.Equal(["Fabrikam", "Litware"], stats.AgainstCompetitors.Select(c => c.Competitor));
        Assert.Equal(5, stats.AgainstCompetitors[0].Won);
        Assert.Equal(5, stats.AgainstCompetitors[0].Lost);
        Assert.Equal(5, stats.Against("FABRIKAM")!.Won);
        Assert.Null(stats.Against("Contoso"));
    }

    [Fact]
    public void AgainstCompetitors_Null_IsEmpty()
    {
        Assert.Empty(new EffectivenessStats { AgainstCompetitors = null! }.AgainstCompetitors);
    }

    [Fact]
    public void AgainstCompetitors_NullEntry_ThrowsNamingTheProperty()
    {
        var error = Assert.Throws<ArgumentException>(() => new EffectivenessStats { AgainstCompetitors = [new("Fabrikam", 1, 0), null!] });

        Assert.Equal(nameof(EffectivenessStats.AgainstCompetitors), error.ParamName);
        Assert.StartsWith("A competitor outcome cannot be null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RatingTotal_Negative_MessageSaysWhichCount()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EffectivenessStats { RatingTotal = -2 });

        Assert.Equal(nameof(EffectivenessStats.RatingTotal), error.ParamName);
        Assert.StartsWith("RatingTotal cannot be negative.", error.Message, StringComparison.Ordinal);
    }

    private static EffectivenessStats Counts() => new()
    {
        AppliedWon = 4,
        AppliedLost = 3,
        BaselineWon = 20,
        BaselineLost = 30,
        TimesApplied = 8,
        TimesDismissed = 2,
        RatingCount = 5,
        RatingTotal = 19,
        AgainstCompetitors = [new("Fabrikam", 1, 0)],
    };
}
