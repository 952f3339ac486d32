using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

/// <summary>
/// The held-out, test, reserve and sealed deals: new deals against the main set's practice library, judged by the same
/// rules. Nothing here runs a ranker: these tests check the data, not the ranking.
/// </summary>
public sealed class AdditionalSetIntegrityTests
{
    public static TheoryData<string> Sets => new() { "holdout", "test", "reserve", "sealed" };

    private static EvaluationSet Get(string name) => name switch
    {
        "holdout" => HandWrittenSet.Holdout,
        "test" => HandWrittenSet.Test,
        "sealed" => HandWrittenSet.Sealed,
        _ => HandWrittenSet.Reserve,
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Validate_Set_ReportsNoProblems(string name)
    {
        Assert.Empty(EvaluationSetValidator.Validate(Get(name)));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Practices_AreTheMainSetsLibrary(string name)
    {
        var set = Get(name);

        Assert.Equal(HandWrittenSet.Value.Practices.Select(p => (p.Id, p.Title, p.Body)), set.Practices.Select(p => (p.Id, p.Title, p.Body)));
        Assert.Equal(HandWrittenSet.Value.AsOf, set.AsOf);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Deals_AreFortyDealsNoOtherSetHas(string name)
    {
        var set = Get(name);
        var others = new[] { HandWrittenSet.Value, HandWrittenSet.Holdout, HandWrittenSet.Test, HandWrittenSet.Reserve, HandWrittenSet.Sealed }.Where(s => !ReferenceEquals(s, set)).SelectMany(s => s.Deals).ToList();

        Assert.Equal(40, set.Deals.Count);
        Assert.Equal(set.Deals.Count, set.Deals.Select(d => d.Id).Distinct().Count());
        Assert.All(set.Deals, d => Assert.DoesNotContain(others, o => o.Id == d.Id || o.Description == d.Description));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryDeal_HasThreeToTenJudgedPracticesIncludingAThree(string name)
    {
        SetAssertions.EveryDealHasThreeToTenJudgedPracticesIncludingAThree(Get(name));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Deals_CoverEveryStageAndUseTheVocabularies(string name)
    {
        var set = Get(name);

        Assert.Equal(Enum.GetValues<Stage>().Length, set.Deals.Where(d => d.Stage is not null).Select(d => d.Stage).Distinct().Count());
        SetAssertions.DealsUseTheVocabularies(set);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void PracticesAlreadyUsedOrDismissed_AreNotJudgedRelevantForThatDeal(string name)
    {
        var set = Get(name);

        Assert.Contains(set.Deals, d => d.PracticesUsed.Count > 0);
        Assert.Contains(set.Deals, d => d.Dismissed.Count > 0);
        SetAssertions.UsedOrDismissedPracticesAreNotJudgedRelevant(set);
    }
}
