using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

public sealed class PracticeIndexRobustnessTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    [Fact]
    public void Suggest_OneMegabyteBodies_RanksWithoutThrowing()
    {
        var filler = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 40_000));
        var index = PracticeIndex.Build(
        [
            Some.Practice("huge").WithTitle("Security review").WithBody(filler + " procurement"),
            Some.Practice("small").WithTitle("Procurement playbook").WithBody("Meet procurement early."),
        ]);

        var suggestions = index.Suggest(Some.Deal().Described("procurement playbook"), 2, AsOf);

        Assert.Equal(["small", "huge"], suggestions.Select(s => s.Practice.Id));
    }

    [Fact]
    public void Suggest_OneMegabyteDescription_RanksWithoutThrowing()
    {
        var filler = string.Concat(Enumerable.Repeat("procurement pilot budget ", 45_000));
        var index = PracticeIndex.Build(SomePractices.Library(200));

        var suggestions = index.Suggest(Some.Deal().Described(filler), 5, AsOf);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.False(double.IsNaN(s.Score)));
    }

    [Fact]
    public void Suggest_JapaneseText_MatchesJapanesePractice()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("ja-price").WithTitle("価格交渉の進め方").WithSummary("値引きの前に価値を確認する").WithTopic(PracticeTopic.Pricing),
            Some.Practice("ja-demo").WithTitle("デモの準備").WithSummary("顧客の課題に合わせたデモ").WithTopic(PracticeTopic.DemoProof),
            Some.Practice("en").WithTitle("Pricing talk"),
        ]);

        var suggestions = index.Suggest(Some.Deal().Described("顧客が価格交渉を求めている"), 3, AsOf);

        Assert.Equal("ja-price", suggestions[0].Practice.Id);
    }

    [Fact]
    public void Suggest_GreekAndCyrillicText_MatchesSameScript()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("el").WithTitle("Διαπραγμάτευση τιμής με τις προμήθειες"),
            Some.Practice("ru").WithTitle("Переговоры о цене с закупками").WithTopic(PracticeTopic.Negotiation),
            Some.Practice("en").WithTitle("Negotiation with procurement").WithTopic(PracticeTopic.Closing),
        ]);

        Assert.Equal("ru", index.Suggest(Some.Deal().Described("закупками переговоры"), 1, AsOf)[0].Practice.Id);
        Assert.Equal("el", index.Suggest(Some.Deal().Described("ΠΡΟΜΗΘΕΙΕΣ τιμής"), 1, AsOf)[0].Practice.Id);
    }

    [Fact]
    public void Suggest_PracticesWithMissingFields_RankSensibly()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("bare").WithTitle("").WithBody("").ApprovedOn(null).WithTopic(PracticeTopic.Closing),
            Some.Practice("generic").WithTitle("Discovery questions").ApprovedOn(null).WithTopic(PracticeTopic.Qualification),
            Some.Practice("targeted").WithTitle("Discovery questions").ForIndustries("Retail").ApprovedOn(null),
        ]);

        var suggestions = index.Suggest(Some.Deal().Described("discovery").InIndustry("Retail"), 3, AsOf);

        Assert.Equal(["targeted", "generic", "bare"], suggestions.Select(s => s.Practice.Id));
    }

    [Fact]
    public void Suggest_UnknownWordsAndStructuredValues_FallBackToPriorPool()
    {
        var index = PracticeIndex.Build(SomePractices.Library(50));

        var suggestions = index.Suggest(Some.Deal().Described("zzzz qqqq").InIndustry("Mining").AgainstCompetitors("Nobody"), 5, AsOf);

        Assert.Equal(5, suggestions.Count);
    }

    [Fact]
    public void Suggest_LocalAsOfTime_IsConvertedToUtc()
    {
        var index = PracticeIndex.Build([Some.Practice("p").ExpiresOn(AsOf.AddHours(1))]);

        Assert.Single(index.Suggest(Some.Deal().Build(), 1, DateTime.SpecifyKind(AsOf, DateTimeKind.Unspecified)));
        Assert.Empty(index.Suggest(Some.Deal().Build(), 1, AsOf.AddHours(2).ToLocalTime()));
    }
}
