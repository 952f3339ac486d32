using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>The per-topic top-k heaps behind diversification, driven through <see cref="PracticeIndex.Suggest(Domain.Deals.DealContext, int, DateTime)"/>.</summary>
public sealed class TopicHeapsTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    // Ages in a scrambled order, so the heap sees better, worse and middling entries in turn; freshness falls with
    // age, so the younger practice always scores higher.
    private static readonly int[] AgesInDays = [210, 90, 330, 0, 420, 150, 270, 30, 360, 120, 240, 60, 390, 180, 300];

    private static PracticeIndex OneTopic(int maxPerTopic) => PracticeIndex.Build(
        AgesInDays.Select(age => Some.Practice($"age-{age:D3}").WithTitle($"Practice {age}").WithTopic(PracticeTopic.Pricing)
            .ApprovedOn(AsOf.AddDays(-age)).Build()),
        new RankingOptions { MaxPerTopic = maxPerTopic, MaxSuggestions = 100 });

    private static IEnumerable<string> YoungestFirst(int count) =>
        AgesInDays.Order().Take(count).Select(age => $"age-{age:D3}");

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Suggest_MorePracticesThanTheTopicKeeps_KeepsTheBestInOrder(int maxPerTopic)
    {
        var suggestions = OneTopic(maxPerTopic).Suggest(Some.Deal(), 100, AsOf);

        Assert.Equal(YoungestFirst(maxPerTopic), suggestions.Select(s => s.Practice.Id));
        Assert.Equal(Enumerable.Range(1, maxPerTopic), suggestions.Select(s => s.Rank));
    }

    [Fact]
    public void Suggest_TopicKeepsEveryPractice_ReturnsAllBestFirst()
    {
        var suggestions = OneTopic(AgesInDays.Length).Suggest(Some.Deal(), 100, AsOf);

        Assert.Equal(YoungestFirst(AgesInDays.Length), suggestions.Select(s => s.Practice.Id));
    }

    [Fact]
    public void Suggest_EqualScores_RankInIdOrder()
    {
        var index = PracticeIndex.Build(
            Enumerable.Range(0, 7).Select(i => Some.Practice($"same-{6 - i}").WithTitle("Same practice").WithTopic(PracticeTopic.Pricing).Build()),
            new RankingOptions { MaxPerTopic = 4 });

        var suggestions = index.Suggest(Some.Deal(), 4, AsOf);

        // The index orders practices by id, whatever order they came in; equal scores keep that order.
        Assert.Equal(["same-0", "same-1", "same-2", "same-3"], suggestions.Select(s => s.Practice.Id));
        Assert.Single(suggestions.Select(s => s.Score).Distinct());
    }

    [Fact]
    public void Suggest_TwoTopics_EachKeepsItsOwnBest()
    {
        var practices = AgesInDays.Select((age, i) => Some.Practice($"t{i % 2}-{age:D3}").WithTitle($"Practice {age}")
            .WithTopic(i % 2 == 0 ? PracticeTopic.Pricing : PracticeTopic.Closing).ApprovedOn(AsOf.AddDays(-age)).Build()).ToList();
        var index = PracticeIndex.Build(practices, new RankingOptions { MaxPerTopic = 3 });

        var suggestions = index.Suggest(Some.Deal(), 6, AsOf);

        var expected = practices.OrderBy(p => p.ApprovedOnUtc.HasValue ? -p.ApprovedOnUtc.Value.Ticks : 0)
            .GroupBy(p => p.Topic).SelectMany(g => g.Take(3))
            .OrderByDescending(p => p.ApprovedOnUtc).Select(p => p.Id);
        Assert.Equal(expected, suggestions.Select(s => s.Practice.Id));
    }
}
