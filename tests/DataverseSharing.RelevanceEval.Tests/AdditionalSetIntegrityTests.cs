using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

/// <summary>
/// The held-out and blind test deals: new deals against the main set's practice library, judged by the same rules.
/// </summary>
public sealed class AdditionalSetIntegrityTests
{
    public static TheoryData<string> Sets => new() { "holdout", "test" };

    private static EvaluationSet Get(string name) => name == "holdout" ? HandWrittenSet.Holdout : HandWrittenSet.Test;

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
        var others = new[] { HandWrittenSet.Value, HandWrittenSet.Holdout, HandWrittenSet.Test }.Where(s => !ReferenceEquals(s, set)).SelectMany(s => s.Deals).ToList();

        Assert.Equal(40, set.Deals.Count);
        Assert.Equal(set.Deals.Count, set.Deals.Select(d => d.Id).Distinct().Count());
        Assert.All(set.Deals, d => Assert.DoesNotContain(others, o => o.Id == d.Id || o.Description == d.Description));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryDeal_HasThreeToTenJudgedPracticesIncludingAThree(string name)
    {
        var set = Get(name);
        foreach (var deal in set.Deals)
        {
            var grades = set.JudgmentsFor(deal.Id);
            var positive = grades.Values.Count(g => g >= 1);
            Assert.True(positive is >= 3 and <= 10, $"{deal.Id} has {positive} practices judged >= 1");
            Assert.Contains(3, grades.Values);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Deals_CoverEveryStageAndUseTheVocabularies(string name)
    {
        var set = Get(name);

        Assert.Equal(Enum.GetValues<Stage>().Length, set.Deals.Where(d => d.Stage is not null).Select(d => d.Stage).Distinct().Count());
        Assert.All(set.Deals, d =>
        {
            Assert.True(d.Industry is null || Vocabulary.Industries.Contains(d.Industry), d.Id);
            Assert.True(d.Region is null || Vocabulary.Regions.Contains(d.Region), d.Id);
            Assert.All(d.Products, v => Assert.Contains(v, Vocabulary.ProductFamilies));
            Assert.All(d.BuyerRoles, v => Assert.Contains(v, Vocabulary.BuyerRoles));
            Assert.All(d.Competitors, v => Assert.Contains(v, Vocabulary.Competitors));
        });
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void PracticesAlreadyUsedOrDismissed_AreNotJudgedRelevantForThatDeal(string name)
    {
        var set = Get(name);

        Assert.Contains(set.Deals, d => d.PracticesUsed.Count > 0);
        Assert.Contains(set.Deals, d => d.Dismissed.Count > 0);
        foreach (var deal in set.Deals)
        {
            var grades = set.JudgmentsFor(deal.Id);
            Assert.All(deal.PracticesUsed.Concat(deal.Dismissed), id => Assert.False(grades.TryGetValue(id, out var g) && g > 0, $"{deal.Id}/{id}"));
        }
    }
}
