using DataverseSharing.RelevanceEval.Data;
using DataverseSharing.RelevanceEval.Evaluation;
using DataverseSharing.RelevanceEval.Rankers;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.RelevanceEval.Tests;

public class EvaluatorTests
{
    /// <summary>Returns a fixed list for every deal, so the expected metrics follow from the judgments alone.</summary>
    private sealed class FixedRanker(IReadOnlyList<string> ids) : IRanker
    {
        public string Name => "fixed";

        public IReadOnlyList<string> Rank(DealRecord deal, int top) => ids.Take(top).ToList();
    }

    private static readonly EvaluationSet Set = new()
    {
        Name = "tiny",
        AsOf = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
        Practices =
        [
            new PracticeRecord { Id = "P1", Title = "a", Summary = "a", Body = "a", Topic = Topic.Pricing, Status = Status.Approved },
            new PracticeRecord { Id = "P2", Title = "b", Summary = "b", Body = "b", Topic = Topic.Closing, Status = Status.Approved },
        ],
        Deals = [new DealRecord { Id = "D1", Name = "one" }, new DealRecord { Id = "D2", Name = "two" }],
        Judgments = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["D1"] = new Dictionary<string, int> { ["P1"] = 3 },
            ["D2"] = new Dictionary<string, int> { ["P2"] = 3 },
        },
    };

    [Fact]
    public void Evaluate_ListRightForOneDealOfTwo_AveragesPerDeal()
    {
        var result = Evaluator.Evaluate(Set, "fixed", (_, _) => new FixedRanker(["P1", "P2"]));

        // D1: P1 first → nDCG 1, RR 1. D2: P2 second → nDCG 1/log2(3), RR 1/2. P@3 is 1/3 for both.
        Assert.Equal((1 + (1 / Math.Log2(3))) / 2, result.Ndcg5, 12);
        Assert.Equal(0.75, result.Mrr, 12);
        Assert.Equal(1.0 / 3, result.PrecisionAt3, 12);
        Assert.Equal(["Pricing", "Closing"], result.Deals.Select(d => d.NeedTopic));
    }

    [Fact]
    public void Evaluate_SuggestionsForOtherCompetitorOrUnpublished_AreCounted()
    {
        var set = Set with
        {
            Practices =
            [
                .. Set.Practices,
                new PracticeRecord { Id = "P3", Title = "c", Summary = "c", Body = "c", Topic = Topic.CompetitiveDisplacement, Status = Status.Approved, Competitors = ["Litware"] },
                new PracticeRecord { Id = "P4", Title = "d", Summary = "d", Body = "d", Topic = Topic.Closing, Status = Status.Retired },
            ],
            Deals = [new DealRecord { Id = "D1", Name = "one", Competitors = ["Fabrikam"] }, new DealRecord { Id = "D2", Name = "two", Competitors = ["Litware"] }],
        };

        var result = Evaluator.Evaluate(set, "fixed", (_, _) => new FixedRanker(["P3", "P4", "P1"]));

        // P3 is off-competitor for D1 only; P4 is unpublished for both deals.
        Assert.Equal(1, result.OtherCompetitorInTop5);
        Assert.Equal(2, result.UnpublishedInTop5);
    }

    [Fact]
    public void Json_Results_IsParseableAndCarriesEveryRanker()
    {
        var result = Evaluator.Evaluate(Set, "fixed", (_, _) => new FixedRanker(["P1"]));

        var json = JObject.Parse(ReportPrinter.Json(Set, [result], verbose: true, maxPerTopic: 2));

        Assert.Equal("tiny", (string?)json["dataSet"]);
        Assert.Equal("fixed", (string?)json["rankers"]![0]!["ranker"]);
        Assert.Equal(2, json["rankers"]![0]!["deals"]!.Count());
    }

    [Fact]
    public void Table_Verbose_ListsRankerTopicsAndDeals()
    {
        var result = Evaluator.Evaluate(Set, "fixed", (_, _) => new FixedRanker(["P1"]));

        var table = ReportPrinter.Table(Set, [result], verbose: true, maxPerTopic: 2);

        Assert.Contains("fixed", table, StringComparison.Ordinal);
        Assert.Contains("Closing", table, StringComparison.Ordinal);
        Assert.Contains("D2", table, StringComparison.Ordinal);
    }
}
