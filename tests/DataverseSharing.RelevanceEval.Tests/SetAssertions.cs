using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

/// <summary>Checks every committed hand-written set must pass, shared by the integrity suites.</summary>
internal static class SetAssertions
{
    public static void DealsUseTheVocabularies(EvaluationSet set) =>
        Assert.All(set.Deals, d =>
        {
            Assert.True(d.Industry is null || Vocabulary.Industries.Contains(d.Industry), d.Id);
            Assert.True(d.Region is null || Vocabulary.Regions.Contains(d.Region), d.Id);
            Assert.All(d.Products, v => Assert.Contains(v, Vocabulary.ProductFamilies));
            Assert.All(d.BuyerRoles, v => Assert.Contains(v, Vocabulary.BuyerRoles));
            Assert.All(d.Competitors, v => Assert.Contains(v, Vocabulary.Competitors));
        });

    public static void UsedOrDismissedPracticesAreNotJudgedRelevant(EvaluationSet set)
    {
        foreach (var deal in set.Deals)
        {
            var grades = set.JudgmentsFor(deal.Id);
            Assert.All(deal.PracticesUsed.Concat(deal.Dismissed), id => Assert.False(grades.TryGetValue(id, out var g) && g > 0, $"{deal.Id}/{id}"));
        }
    }

    public static void EveryDealHasThreeToTenJudgedPracticesIncludingAThree(EvaluationSet set)
    {
        foreach (var deal in set.Deals)
        {
            var grades = set.JudgmentsFor(deal.Id);
            var positive = grades.Values.Count(g => g >= 1);
            Assert.True(positive is >= 3 and <= 10, $"{deal.Id} has {positive} practices judged >= 1");
            Assert.Contains(3, grades.Values);
        }
    }
}
