using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>The per-topic top-k heaps behind diversification, driven through <see cref="PracticeIndex.Suggest(Domain.Deals.DealContext, int, DateTime)"/>.</summary>
public sealed class TopicHeapsTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    // Every title matches the deal's "rebate" equally, so the text postings hand the practices to the heap in id order
    // (p-00, p-01, ...), and no prior pool reorders them. Their ages are scrambled against that order: the heap sees the
    // best first, then the worst, then middling ones. Freshness falls with age: the younger practice scores higher.
    private static readonly int[] AgesInDays = [0, 420, 390, 30, 360, 90, 330, 60, 300, 120, 270, 150, 240, 180, 210];

    private static string IdOf(int age) => $"p-{Array.IndexOf(AgesInDays, age):D2}";

    private static PracticeIndex OneTopic(int maxPerTopic) => PracticeIndex.Build(
        AgesInDays.Select(age => Some.Practice(IdOf(age)).WithTitle("Rebate practice").WithTopic(PracticeTopic.Pricing)
            .ApprovedOn(AsOf.AddDays(-age)).Build()),
        new RankingOptions { MaxPerTopic = maxPerTopic, PriorPoolSize = 0 });

    private static DealContextBuilder Rebate() => Some.Deal().Described("rebate");

    private static IEnumerable<string> YoungestFirst(int count) => AgesInDays.Order().Take(count).Select(IdOf);

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Suggest_MorePracticesThanTheTopicKeeps_KeepsTheBestInOrder(int maxPerTopic)
    {
        var suggestions = OneTopic(maxPerTopic).Suggest(Rebate(), 100, AsOf);

        Assert.Equal(YoungestFirst(maxPerTopic), suggestions.Select(s => s.Practice.Id));
        Assert.Equal(Enumerable.Range(1, maxPerTopic), suggestions.Select(s => s.Rank));
    }

    [Fact]
    public void Suggest_TopicKeepsEveryPractice_ReturnsAllBestFirst()
    {
        var suggestions = OneTopic(AgesInDays.Length).Suggest(Rebate(), 100, AsOf);

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
        var practices = AgesInDays.Select((age, i) => Some.Practice($"t-{i:D2}").WithTitle("Rebate practice")
            .WithTopic(i % 2 == 0 ? PracticeTopic.Pricing : PracticeTopic.Closing).ApprovedOn(AsOf.AddDays(-age)).Build()).ToList();
        var index = PracticeIndex.Build(practices, new RankingOptions { MaxPerTopic = 3, PriorPoolSize = 0 });

        var suggestions = index.Suggest(Rebate(), 6, AsOf);

        var expected = practices.OrderBy(p => p.ApprovedOnUtc.HasValue ? -p.ApprovedOnUtc.Value.Ticks : 0)
            .GroupBy(p => p.Topic).SelectMany(g => g.Take(3))
            .OrderByDescending(p => p.ApprovedOnUtc).Select(p => p.Id);
        Assert.Equal(expected, suggestions.Select(s => s.Practice.Id));
    }
}
