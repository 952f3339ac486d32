using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

public sealed class SuggestionListTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    [Fact]
    public void Suggest_MoreAskedThanTheTopicCapAllows_ReportsEligibleAndCap()
    {
        var practices = Enumerable.Range(1, 5).Select(i => (Practice)Some.Practice($"d{i}").WithTopic(PracticeTopic.Discovery))
            .Append(Some.Practice("p1").WithTopic(PracticeTopic.Pricing));

        var result = PracticeIndex.Build(practices).Suggest(DealContext.Empty, 10, AsOf);

        Assert.Equal(3, result.Count);
        Assert.Equal((10, 6, 3, 2), (result.Requested, result.Eligible, result.AfterTopicCap, result.MaxPerTopic));
    }

    [Fact]
    public void Suggest_ExpiredAndRestrictedPractices_AreNotEligible()
    {
        var practices = new Practice[]
        {
            Some.Practice("open").WithTopic(PracticeTopic.Discovery),
            Some.Practice("expired").WithTopic(PracticeTopic.Pricing).ExpiresOn(AsOf.AddDays(-1)),
            Some.Practice("team-only").WithTopic(PracticeTopic.Closing).VisibleToTeams("team-a"),
        };

        var result = PracticeIndex.Build(practices).Suggest(DealContext.Empty, 5, AsOf);

        Assert.Equal("open", Assert.Single(result).Practice.Id);
        Assert.Equal((1, 1), (result.Eligible, result.AfterTopicCap));
    }

    [Fact]
    public void Suggest_FullList_HasAsManyAsRequested()
    {
        var result = PracticeIndex.Build(SomePractices.Library(200)).Suggest(DealContext.Empty, 5, AsOf);

        Assert.Equal(5, result.Count);
        Assert.Equal(5, result.Requested);
        Assert.True(result.AfterTopicCap >= 5);
        Assert.True(result.Eligible >= result.AfterTopicCap);
    }

    [Fact]
    public void Suggest_TopZeroOrEmptyLibrary_ReportsNothingEligible()
    {
        var none = PracticeIndex.Build([]).Suggest(DealContext.Empty, 5, AsOf);
        var zero = PracticeIndex.Build([Some.Practice("p")]).Suggest(DealContext.Empty, 0, AsOf);

        Assert.Equal((0, 5, 0), (none.Count, none.Requested, none.Eligible));
        Assert.Equal((0, 0), (zero.Count, zero.Requested));
    }
}
