using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Domain.Text;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>Concept matching: the rep's phrasing reaches articles written in playbook vocabulary.</summary>
public sealed class PracticeIndexConceptTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static IReadOnlyList<Practice> Library() =>
    [
        Some.Practice("budget").WithTitle("Phase the rollout to fit this year's budget").WithTopic(PracticeTopic.Pricing).Build(),
        Some.Practice("demo").WithTitle("Tailor the demo to the buyer's own data").WithTopic(PracticeTopic.DemoProof).Build(),
        Some.Practice("handoff").WithTitle("Warm handoff to the delivery lead").WithTopic(PracticeTopic.HandoffToService).Build(),
    ];

    [Fact]
    public void Suggest_RepPhrasingOfAConcept_ReachesThePlaybookWord()
    {
        var index = PracticeIndex.Build(Library());

        var suggestions = index.Suggest(Some.Deal().Described("The quote is more than he planned to spend this year."), 1, AsOf);

        Assert.Equal("budget", suggestions[0].Practice.Id);
        var text = Assert.Single(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Text);
        Assert.Contains("'planned to spend'", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_SynonymWeightZero_MatchesOnlyTheRepsWords()
    {
        var index = PracticeIndex.Build(Library(), new RankingOptions { SynonymWeight = 0 });

        var suggestions = index.Suggest(Some.Deal().Described("more than he planned to spend"), 3, AsOf);

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.DoesNotContain(s.Reasons, r => r.Factor == ReasonFactors.Text));
    }

    [Fact]
    public void Suggest_CustomThesaurus_IsUsedInsteadOfTheDefault()
    {
        var thesaurus = new SalesThesaurus([new ConceptGroup("go-live", "handoff|delivery", "day one|switch on")]);
        var index = PracticeIndex.Build(Library(), new RankingOptions { Thesaurus = thesaurus });

        var withCustom = index.Suggest(Some.Deal().Described("what happens on day one"), 1, AsOf);
        var withDefault = PracticeIndex.Build(Library()).Suggest(Some.Deal().Described("what happens on day one"), 1, AsOf);

        Assert.Equal("handoff", withCustom[0].Practice.Id);
        Assert.DoesNotContain(withDefault[0].Reasons, r => r.Factor == ReasonFactors.Text);
    }

    [Fact]
    public void Suggest_ConceptTermTheRepAlsoWrote_KeepsTheFullWeightOfTheRepsWord()
    {
        var index = PracticeIndex.Build(Library());
        var plain = index.Suggest(Some.Deal().Described("budget"), 1, AsOf)[0].Score;

        var both = index.Suggest(Some.Deal().Described("budget, more than he planned to spend"), 1, AsOf)[0].Score;

        Assert.Equal(plain, both, 6);
    }

    [Fact]
    public void Suggest_DealWithoutNotesAfterOneWithNotes_IsNotInfluencedByTheEarlierQuery()
    {
        var index = PracticeIndex.Build(Library());
        var fresh = Ids(index.Suggest(DealContext.Empty, 3, AsOf));

        index.Suggest(Some.Deal().Described("Worried about the handover"), 3, AsOf);
        var afterwards = Ids(index.Suggest(DealContext.Empty, 3, AsOf));

        Assert.Equal(fresh, afterwards);
    }

    [Fact]
    public void Suggest_PhraseWithStopWords_MatchesOnlyTheWholePhrase()
    {
        var thesaurus = new SalesThesaurus([new ConceptGroup("stalled", "stalled deal", "on hold")]);
        var index = PracticeIndex.Build([Some.Practice("stalled").WithTitle("Revive a stalled deal").Build()], new RankingOptions { Thesaurus = thesaurus });

        var phrase = index.Suggest(Some.Deal().Described("The project is on hold"), 1, AsOf)[0];
        var word = index.Suggest(Some.Deal().Described("Please hold the price"), 1, AsOf)[0];

        Assert.Contains(phrase.Reasons, r => r.Factor == ReasonFactors.Text && r.Text.Contains("'on hold'", StringComparison.Ordinal));
        Assert.DoesNotContain(word.Reasons, r => r.Factor == ReasonFactors.Text);
    }

    [Fact]
    public void Options_NullThesaurus_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new RankingOptions { Thesaurus = null! });

        Assert.Equal(nameof(RankingOptions.Thesaurus), ex.ParamName);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Options_SynonymWeightOutOfRange_ThrowsNamingTheOption(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RankingOptions { SynonymWeight = value });

        Assert.Equal(nameof(RankingOptions.SynonymWeight), ex.ParamName);
    }

    [Theory]
    [InlineData("Quote went out in August. Crickets since, two voicemails.", "stalled", "crickets")]
    [InlineData("Office manager emailed: just send us a price, they are comparing a few vendors.", "shopping", "send us a price")]
    [InlineData("Their CFO wants to know whether this lands as capex or opex.", "capex", "capex")]
    [InlineData("The works council has to be consulted before anyone uses the app.", "change", "works council")]
    [InlineData("Our number is over what the board signed off for this FY.", "fiscal", "this FY")]
    public void Suggest_RepShorthandOfAConcept_RanksTheArticleOnItFirst(string notes, string expectedId, string quoted)
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("stalled").WithTitle("Re-engage a stalled deal with a reason to reply").WithTopic(PracticeTopic.Closing).Build(),
            Some.Practice("shopping").WithTitle("Qualify price shopping before you quote").WithTopic(PracticeTopic.Qualification).Build(),
            Some.Practice("capex").WithTitle("Show how the subscription model changes capital expenditure").WithTopic(PracticeTopic.Pricing).Build(),
            Some.Practice("change").WithTitle("Bring change management and the employee consultation forward").WithTopic(PracticeTopic.HandoffToService).Build(),
            Some.Practice("fiscal").WithTitle("Fit the deal to the customer's fiscal year and budget cycle").WithTopic(PracticeTopic.Pricing).Build(),
        ]);

        var top = index.Suggest(Some.Deal().Described(notes), 1, AsOf)[0];

        Assert.Equal(expectedId, top.Practice.Id);
        Assert.Contains(top.Reasons, r => r.Factor == ReasonFactors.Text && r.Text.Contains($"'{quoted}'", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Suggest_ArticleOnlyTerm_IsSearchedButDoesNotSignalTheConcept()
    {
        var thesaurus = new SalesThesaurus([new ConceptGroup("legal review", "legal|redlines|~contract", "their lawyers")]);
        var index = PracticeIndex.Build(
        [
            Some.Practice("redlines").WithTitle("Work through redlines in one session").WithTopic(PracticeTopic.Negotiation).Build(),
            Some.Practice("checklist").WithTitle("A contract checklist for the last week").WithTopic(PracticeTopic.Closing).Build(),
        ],
        new RankingOptions { Thesaurus = thesaurus });

        var manufacturer = index.Suggest(Some.Deal().Described("Contract manufacturer of circuit boards"), 2, AsOf);
        var lawyers = index.Suggest(Some.Deal().Described("Their lawyers sent the paper back"), 2, AsOf);

        Assert.DoesNotContain(manufacturer.Single(s => s.Practice.Id == "redlines").Reasons, r => r.Factor == ReasonFactors.Text);
        Assert.Equal(2, lawyers.Count);
        Assert.All(lawyers, s => Assert.Contains(s.Reasons, r => r.Factor == ReasonFactors.Text && r.Text.Contains("'Their lawyers'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Suggest_PhraseWithDroppedWords_IsQuotedAsTheRepWroteIt()
    {
        var index = PracticeIndex.Build([Some.Practice("shopping").WithTitle("Qualify price shopping before you quote").Build()]);

        var top = index.Suggest(Some.Deal().Described("Email from the office manager:\nJust SEND us a\nprice, please."), 1, AsOf)[0];

        var text = Assert.Single(top.Reasons, r => r.Factor == ReasonFactors.Text);
        Assert.Contains("'SEND us a price'", text.Text, StringComparison.Ordinal);
    }

    private static List<string> Ids(IReadOnlyList<Suggestion> suggestions) => suggestions.Select(s => s.Practice.Id).ToList();
}
