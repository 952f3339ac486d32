using DataverseSharing.RelevanceEval.Data;
using DataverseSharing.RelevanceEval.Rankers;

namespace DataverseSharing.RelevanceEval.Tests;

public class RankerTests
{
    private static readonly DateTime AsOf = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static PracticeRecord Practice(string id, string title, Status status = Status.Approved, DateTime? expires = null) => new()
    {
        Id = id,
        Title = title,
        Summary = string.Empty,
        Body = string.Empty,
        Topic = Topic.Negotiation,
        Status = status,
        ExpiresOn = expires,
    };

    private static readonly IReadOnlyList<PracticeRecord> Corpus =
    [
        Practice("P1", "procurement discount negotiation"),
        Practice("P2", "procurement discount"),
        Practice("P3", "procurement discount negotiation tactics", Status.Retired),
        Practice("P4", "procurement discount negotiation tactics", expires: AsOf.AddDays(-1)),
        Practice("P5", "board approval"),
    ];

    private static readonly DealRecord Deal = new() { Id = "D1", Name = "d", Description = "Procurement wants a discount; negotiation tactics needed." };

    [Fact]
    public void KeywordOverlap_Rank_OrdersBySharedDistinctTokensAndSkipsUnpublished()
    {
        var ranked = new KeywordOverlapRanker(Corpus, AsOf).Rank(Deal, 10);

        Assert.Equal(["P1", "P2"], ranked);
    }

    [Fact]
    public void KeywordOverlap_Tokens_AreDistinctLowercaseWords()
    {
        Assert.Equal(["ceo", "s", "q4", "plan"], TextOf.Tokens("CEO's Q4 plan, plan!"));
    }

    [Fact]
    public void LuceneBm25_Rank_FindsStemmedMatchesAndSkipsUnpublished()
    {
        using var ranker = new LuceneBm25Ranker(Corpus, AsOf);

        var ranked = ranker.Rank(Deal with { Description = "negotiating discounts" }, 10);

        Assert.Equal("P1", ranked[0]);
        Assert.DoesNotContain("P3", ranked);
        Assert.DoesNotContain("P4", ranked);
    }

    [Fact]
    public void LuceneBm25_EmptyDeal_ReturnsNothing()
    {
        using var ranker = new LuceneBm25Ranker(Corpus, AsOf);

        Assert.Empty(ranker.Rank(new DealRecord { Id = "D0", Name = "empty" }, 10));
    }

    [Fact]
    public void DomainEngine_ToPractice_MapsEveryEnumByName()
    {
        foreach (var topic in Enum.GetValues<Topic>())
        {
            Assert.Equal(topic.ToString(), DomainEngineRanker.ToPractice(Practice("P", "t") with { Topic = topic }).Topic.ToString());
        }

        foreach (var status in Enum.GetValues<Status>())
        {
            Assert.Equal(status.ToString(), DomainEngineRanker.ToPractice(Practice("P", "t", status)).Status.ToString());
        }

        var full = DomainEngineRanker.ToPractice(Practice("P", "t") with { SalesStages = Enum.GetValues<Stage>(), DealSizeBand = SizeBand.Enterprise });
        Assert.Equal(Enum.GetNames<Stage>(), full.SalesStages.Select(s => s.ToString()));
        Assert.Equal("Enterprise", full.DealSizeBand.ToString());
    }

    [Fact]
    public void DomainEngine_ToDeal_CarriesDismissedAndUsedPractices()
    {
        var deal = DomainEngineRanker.ToDeal(Deal with { Stage = Stage.Close, Dismissed = ["P9"], PracticesUsed = ["P8"] });

        Assert.Equal("Close", deal.Stage.ToString());
        Assert.Equal(["P9"], deal.DismissedPracticeIds);
        Assert.Equal(["P8"], deal.PracticesUsed);
    }

    [Fact]
    public void DomainEngine_Rank_NeverReturnsUnpublishedPractices()
    {
        var ranked = new DomainEngineRanker(Corpus, AsOf).Rank(Deal, 10);

        Assert.DoesNotContain("P3", ranked);
        Assert.DoesNotContain("P4", ranked);
    }
}
