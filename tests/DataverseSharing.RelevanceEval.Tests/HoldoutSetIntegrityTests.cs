using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

/// <summary>The committed held-out deals: new deals, the same practice library, the same judging rules.</summary>
public sealed class HoldoutSetIntegrityTests
{
    private static EvaluationSet Set => HandWrittenSet.Holdout;

    [Fact]
    public void Validate_HoldoutSet_ReportsNoProblems()
    {
        Assert.Empty(EvaluationSetValidator.Validate(Set));
    }

    [Fact]
    public void HoldoutSet_Practices_AreTheMainSetsLibrary()
    {
        Assert.Equal(HandWrittenSet.Value.Practices.Select(p => (p.Id, p.Title, p.Body)), Set.Practices.Select(p => (p.Id, p.Title, p.Body)));
        Assert.Equal(HandWrittenSet.Value.AsOf, Set.AsOf);
    }

    [Fact]
    public void HoldoutSet_Deals_AreFortyNewDeals()
    {
        var mainIds = HandWrittenSet.Value.Deals.Select(d => d.Id).ToHashSet();
        var mainNotes = HandWrittenSet.Value.Deals.Select(d => d.Description).ToHashSet();

        Assert.Equal(40, Set.Deals.Count);
        Assert.Equal(Set.Deals.Count, Set.Deals.Select(d => d.Id).Distinct().Count());
        Assert.All(Set.Deals, d => Assert.DoesNotContain(d.Id, mainIds));
        Assert.All(Set.Deals, d => Assert.DoesNotContain(d.Description, mainNotes));
    }

    [Fact]
    public void HoldoutSet_EveryDeal_HasThreeToTenJudgedPracticesIncludingAThree()
    {
        foreach (var deal in Set.Deals)
        {
            var grades = Set.JudgmentsFor(deal.Id);
            var positive = grades.Values.Count(g => g >= 1);
            Assert.True(positive is >= 3 and <= 10, $"{deal.Id} has {positive} practices judged >= 1");
            Assert.Contains(3, grades.Values);
        }
    }

    [Fact]
    public void HoldoutSet_Deals_CoverEveryStageAndUseTheVocabularies()
    {
        Assert.Equal(Enum.GetValues<Stage>().Length, Set.Deals.Where(d => d.Stage is not null).Select(d => d.Stage).Distinct().Count());
        Assert.All(Set.Deals, d =>
        {
            Assert.True(d.Industry is null || Vocabulary.Industries.Contains(d.Industry), d.Id);
            Assert.True(d.Region is null || Vocabulary.Regions.Contains(d.Region), d.Id);
            Assert.All(d.Products, v => Assert.Contains(v, Vocabulary.ProductFamilies));
            Assert.All(d.BuyerRoles, v => Assert.Contains(v, Vocabulary.BuyerRoles));
            Assert.All(d.Competitors, v => Assert.Contains(v, Vocabulary.Competitors));
        });
    }

    [Fact]
    public void HoldoutSet_PracticesAlreadyUsedOrDismissed_AreNotJudgedRelevantForThatDeal()
    {
        Assert.Contains(Set.Deals, d => d.PracticesUsed.Count > 0);
        Assert.Contains(Set.Deals, d => d.Dismissed.Count > 0);
        foreach (var deal in Set.Deals)
        {
            var grades = Set.JudgmentsFor(deal.Id);
            Assert.All(deal.PracticesUsed.Concat(deal.Dismissed), id => Assert.False(grades.TryGetValue(id, out var g) && g > 0, $"{deal.Id}/{id}"));
        }
    }
}
