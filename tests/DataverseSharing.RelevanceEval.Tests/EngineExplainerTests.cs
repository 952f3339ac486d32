using DataverseSharing.RelevanceEval.Evaluation;

namespace DataverseSharing.RelevanceEval.Tests;

public sealed class EngineExplainerTests
{
    [Fact]
    public void Explain_KnownDeal_ListsRanksGradesReasonsAndMissedJudgedPractices()
    {
        var set = HandWrittenSet.Value;
        var deal = set.Deals[0];

        var text = EngineExplainer.Explain(set, deal.Id.ToLowerInvariant());

        Assert.NotNull(text);
        Assert.StartsWith(deal.Id + " " + deal.Name, text, StringComparison.Ordinal);
        Assert.Contains("#1 P", text, StringComparison.Ordinal);
        Assert.Contains("#10 P", text, StringComparison.Ordinal);
        Assert.Contains(" grade ", text, StringComparison.Ordinal);
        Assert.Contains("stage: ", text, StringComparison.Ordinal);
        var shownOrMissed = set.JudgmentsFor(deal.Id).Where(g => g.Value > 0).Select(g => g.Key);
        Assert.All(shownOrMissed, id => Assert.Contains(id, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_UnknownDeal_ReturnsNull()
    {
        Assert.Null(EngineExplainer.Explain(HandWrittenSet.Value, "D999"));
    }
}
