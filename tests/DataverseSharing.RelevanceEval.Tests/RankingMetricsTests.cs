using DataverseSharing.RelevanceEval.Metrics;

namespace DataverseSharing.RelevanceEval.Tests;

public class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new()
    {
        ["a"] = 1,
        ["b"] = 3,
        ["d"] = 2,
        ["e"] = 3,
    };

    [Fact]
    public void NdcgAtK_IdealOrder_ReturnsOne()
    {
        Assert.Equal(1.0, RankingMetrics.NdcgAtK(["b", "e", "d", "a"], Grades, 5), 12);
    }

    [Fact]
    public void NdcgAtK_MixedOrder_MatchesHandComputedValue()
    {
        // DCG = 1/log2(2) + 7/log2(3) + 0 + 3/log2(5) = 6.708532
        // IDCG over all judgments (3,3,2,1) = 7 + 7/log2(3) + 3/2 + 1/log2(5) = 13.347183
        Assert.Equal(0.5026182, RankingMetrics.NdcgAtK(["a", "b", "c", "d"], Grades, 5), 6);
    }

    [Fact]
    public void NdcgAtK_SingleRelevantAtRankThree_ReturnsHalf()
    {
        // 7/log2(4) divided by 7/log2(2).
        var grades = new Dictionary<string, int> { ["x"] = 3 };
        Assert.Equal(0.5, RankingMetrics.NdcgAtK(["p", "q", "x"], grades, 5), 12);
    }

    [Fact]
    public void NdcgAtK_RelevantOnlyBelowCutoff_ReturnsZero()
    {
        var grades = new Dictionary<string, int> { ["x"] = 3 };
        Assert.Equal(0.0, RankingMetrics.NdcgAtK(["p", "q", "r", "s", "t", "x"], grades, 5));
    }

    [Fact]
    public void NdcgAtK_NoPositiveJudgments_ReturnsZero()
    {
        Assert.Equal(0.0, RankingMetrics.NdcgAtK(["a"], new Dictionary<string, int> { ["a"] = 0 }, 5));
    }

    [Fact]
    public void ReciprocalRank_FirstClearlyUsefulAtThree_ReturnsOneThird()
    {
        // "a" is graded 1 (marginal) and does not count.
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["a", "c", "d", "b"], Grades), 12);
    }

    [Fact]
    public void ReciprocalRank_NothingUseful_ReturnsZero()
    {
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["a", "c", "z"], Grades));
    }

    [Fact]
    public void PrecisionAtK_TwoUsefulInTopThree_ReturnsTwoThirds()
    {
        Assert.Equal(2.0 / 3, RankingMetrics.PrecisionAtK(["b", "a", "d", "e"], Grades, 3), 12);
    }

    [Fact]
    public void PrecisionAtK_ShortList_StillDividesByK()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.PrecisionAtK(["e"], Grades, 3), 12);
    }
}
