using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

/// <summary>The committed labelled set keeps the properties its metrics rely on.</summary>
public class HandWrittenSetIntegrityTests
{
    private static EvaluationSet Set => HandWrittenSet.Value;

    [Fact]
    public void Validate_HandWrittenSet_ReportsNoProblems()
    {
        Assert.Empty(EvaluationSetValidator.Validate(Set));
    }

    [Fact]
    public void HandWrittenSet_Size_AtLeast90PracticesAnd45Deals()
    {
        Assert.True(Set.Practices.Count >= 90, $"{Set.Practices.Count} practices");
        Assert.True(Set.Deals.Count >= 45, $"{Set.Deals.Count} deals");
    }

    [Fact]
    public void HandWrittenSet_EveryTopic_HasAtLeastSevenPractices()
    {
        foreach (var topic in Enum.GetValues<Topic>())
        {
            Assert.True(Set.Practices.Count(p => p.Topic == topic) >= 7, topic.ToString());
        }
    }

    [Fact]
    public void HandWrittenSet_EveryDeal_HasThreeToTenJudgedPracticesIncludingAThree()
    {
        SetAssertions.EveryDealHasThreeToTenJudgedPracticesIncludingAThree(Set);
    }

    [Fact]
    public void HandWrittenSet_Ids_AreUnique()
    {
        Assert.Equal(Set.Practices.Count, Set.Practices.Select(p => p.Id).Distinct().Count());
        Assert.Equal(Set.Deals.Count, Set.Deals.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void HandWrittenSet_Judgments_ReferenceExistingDealsAndPractices()
    {
        var practiceIds = Set.Practices.Select(p => p.Id).ToHashSet();
        var dealIds = Set.Deals.Select(d => d.Id).ToHashSet();
        foreach (var (dealId, grades) in Set.Judgments)
        {
            Assert.Contains(dealId, dealIds);
            Assert.All(grades.Keys, id => Assert.Contains(id, practiceIds));
        }
    }

    [Fact]
    public void HandWrittenSet_Vocabularies_AreRespected()
    {
        Assert.All(Set.Practices, p =>
        {
            Assert.All(p.Industries, v => Assert.Contains(v, Vocabulary.Industries));
            Assert.All(p.Regions, v => Assert.Contains(v, Vocabulary.Regions));
            Assert.All(p.ProductFamilies, v => Assert.Contains(v, Vocabulary.ProductFamilies));
            Assert.All(p.BuyerRoles, v => Assert.Contains(v, Vocabulary.BuyerRoles));
            Assert.All(p.Competitors, v => Assert.Contains(v, Vocabulary.Competitors));
        });
        SetAssertions.DealsUseTheVocabularies(Set);
    }

    [Fact]
    public void HandWrittenSet_PracticeBodies_Are60To200Words()
    {
        Assert.All(Set.Practices, p =>
        {
            var words = p.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 60 and <= 200, $"{p.Id}: {words} words");
        });
    }

    [Fact]
    public void HandWrittenSet_UnpublishedPractices_ArePresentAndNeverJudgedRelevant()
    {
        var unpublished = Set.Practices.Where(p => !p.IsPublishedOn(Set.AsOf)).Select(p => p.Id).ToList();

        Assert.Contains(Set.Practices, p => p.Status == Status.Retired);
        Assert.Contains(Set.Practices, p => p.Status == Status.Draft);
        Assert.Contains(Set.Practices, p => p.Status == Status.Approved && p.ExpiresOn <= Set.AsOf);
        Assert.All(Set.Judgments.Values, grades => Assert.All(unpublished, id => Assert.False(grades.TryGetValue(id, out var g) && g > 0, id)));
    }

    [Fact]
    public void HandWrittenSet_PracticesAlreadyUsedOrDismissed_AreNotJudgedRelevantForThatDeal()
    {
        SetAssertions.UsedOrDismissedPracticesAreNotJudgedRelevant(Set);
    }

    [Fact]
    public void HandWrittenSet_Manifest_EvaluatesAsOfFirstNovember2026()
    {
        Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), Set.AsOf);
    }
}
