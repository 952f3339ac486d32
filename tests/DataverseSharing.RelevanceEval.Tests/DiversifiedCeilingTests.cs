using DataverseSharing.RelevanceEval.Data;
using DataverseSharing.RelevanceEval.Metrics;

namespace DataverseSharing.RelevanceEval.Tests;

public class DiversifiedCeilingTests
{
    private static PracticeRecord Practice(string id, Topic topic) => new()
    {
        Id = id,
        Title = id,
        Summary = id,
        Body = id,
        Topic = topic,
        Status = Status.Approved,
    };

    [Fact]
    public void NdcgAtK_ThreeTopGradesInOneTopic_IsCappedByQuota()
    {
        // Judgments: A1=3, A2=3, A3=3 (same topic), B1=1. With two per topic the best list is A1, A2, B1:
        // DCG = 7 + 7/log2(3) + 1/2 = 11.916508; IDCG = 7 + 7/log2(3) + 7/2 + 1/log2(5) = 15.347190.
        var set = new EvaluationSet
        {
            Name = "t",
            AsOf = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            Practices = [Practice("A1", Topic.Pricing), Practice("A2", Topic.Pricing), Practice("A3", Topic.Pricing), Practice("B1", Topic.Closing)],
            Deals = [new DealRecord { Id = "D1", Name = "d" }],
            Judgments = new Dictionary<string, IReadOnlyDictionary<string, int>>
            {
                ["D1"] = new Dictionary<string, int> { ["A1"] = 3, ["A2"] = 3, ["A3"] = 3, ["B1"] = 1 },
            },
        };

        Assert.Equal(0.7764622, DiversifiedCeiling.NdcgAtK(set, 5, 2), 6);
        Assert.Equal(1.0, DiversifiedCeiling.NdcgAtK(set, 5, 3), 12);
    }
}
