using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>Freshness: weight 0.5 halving every 365 days since approval, halved again once the review date has passed.</summary>
public sealed class PracticeIndexFreshnessTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static double Freshness(PracticeBuilder practice, DateTime asOf, RankingOptions? options = null) =>
        Freshness(PracticeIndex.Build([practice.Build()], options ?? RankingOptions.Default), asOf);

    private static double Freshness(PracticeIndex index, DateTime asOf) =>
        Assert.Single(index.Suggest(Some.Deal(), 1, asOf).Single().Reasons, r => r.Factor == ReasonFactors.Freshness).Contribution;

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(365, 0.25)]
    [InlineData(730, 0.125)]
    public void Suggest_ApprovalAge_HalvesEveryHalfLife(int days, double expected)
    {
        Assert.Equal(expected, Freshness(Some.Practice("p").ApprovedOn(AsOf.AddDays(-days)), AsOf), 9);
    }

    [Fact]
    public void Suggest_ThirtyDaysOld_IsTheExponentialInBetween()
    {
        Assert.Equal(0.5 * Math.Pow(2, -30 / 365.0), Freshness(Some.Practice("p").ApprovedOn(AsOf.AddDays(-30)), AsOf), 9);
    }

    [Fact]
    public void Suggest_ShorterHalfLife_DecaysFaster()
    {
        var options = new RankingOptions { FreshnessHalfLifeDays = 30 };

        Assert.Equal(0.25, Freshness(Some.Practice("p").ApprovedOn(AsOf.AddDays(-30)), AsOf, options), 9);
    }

    [Fact]
    public void Suggest_SameIndexQueriedLater_SeesThePracticeOlder()
    {
        var index = PracticeIndex.Build([Some.Practice("p").ApprovedOn(AsOf.AddDays(-30)).Build()]);

        Assert.Equal(0.5 * Math.Pow(2, -30 / 365.0), Freshness(index, AsOf), 9);
        Assert.Equal(0.25, Freshness(index, AsOf.AddDays(335)), 9);
        Assert.Equal(0.5 * Math.Pow(2, -1 / 365.0), Freshness(index, AsOf.AddDays(-29)), 9);
    }

    [Fact]
    public void Suggest_ApprovedAfterTheQueryTime_CountsAsNew()
    {
        Assert.Equal(0.5, Freshness(Some.Practice("p").ApprovedOn(AsOf.AddDays(10)), AsOf), 9);
        Assert.Equal(0.5, Freshness(Some.Practice("p").ApprovedOn(AsOf), AsOf), 9);
    }

    [Fact]
    public void Suggest_ReviewDatePassed_HalvesFreshness()
    {
        var approved = AsOf.AddDays(-365);

        Assert.Equal(0.125, Freshness(Some.Practice("p").ApprovedOn(approved).ReviewOn(AsOf.AddDays(-1)), AsOf), 9);
        Assert.Equal(0.125, Freshness(Some.Practice("p").ApprovedOn(approved).ReviewOn(AsOf), AsOf), 9);
        Assert.Equal(0.25, Freshness(Some.Practice("p").ApprovedOn(approved).ReviewOn(AsOf.AddDays(1)), AsOf), 9);
    }

    [Fact]
    public void Suggest_NeverApproved_ScoresNoFreshness()
    {
        var never = PracticeIndex.Build([Some.Practice("p").ApprovedOn(null).Build()]).Suggest(Some.Deal(), 1, AsOf).Single();

        Assert.Equal(0.0, never.Score, 9);
    }

    [Fact]
    public void Suggest_NothingSelectiveInTheDeal_PoolPrefersBetterPriorThenNewerApproval()
    {
        var practices = new[]
        {
            Some.Practice("a-old").WithTopic(PracticeTopic.Pricing).ApprovedOn(AsOf.AddDays(-400)).Build(),
            Some.Practice("b-new").WithTopic(PracticeTopic.Closing).ApprovedOn(AsOf.AddDays(-5)).Build(),
            Some.Practice("c-proven").WithTopic(PracticeTopic.Discovery).ApprovedOn(AsOf.AddDays(-900)).WithOutcomes(60, 10, 50, 50).Build(),
            Some.Practice("d-same-day").WithTopic(PracticeTopic.Negotiation).ApprovedOn(AsOf.AddDays(-5)).Build(),
        };
        var index = PracticeIndex.Build(practices, new RankingOptions { PriorPoolSize = 2 });

        var suggestions = index.Suggest(Some.Deal(), 4, AsOf);

        // Pool of two: the proven practice, then the newest approval (ties broken by id: b before d).
        Assert.Equal(["c-proven", "b-new"], suggestions.Select(s => s.Practice.Id));
    }

    [Fact]
    public void Suggest_TopZero_ReturnsNothing()
    {
        Assert.Empty(PracticeIndex.Build([Some.Practice("p").Build()]).Suggest(Some.Deal(), 0, AsOf));
    }

    [Fact]
    public void Suggest_NegativeTop_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PracticeIndex.Build([Some.Practice("p").Build()]).Suggest(Some.Deal(), -1, AsOf));

        Assert.Equal("top", error.ParamName);
        Assert.StartsWith("The number of suggestions cannot be negative.", error.Message, StringComparison.Ordinal);
    }
}
