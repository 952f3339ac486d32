using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

public sealed class PracticeIndexSuggestTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static string[] Ids(IReadOnlyList<Suggestion> suggestions) => suggestions.Select(s => s.Practice.Id).ToArray();

    [Fact]
    public void Suggest_NullDeal_ThrowsArgumentNullException()
    {
        var index = PracticeIndex.Build(SomePractices.Library(5));

        var error = Assert.Throws<ArgumentNullException>(() => index.Suggest(null!, 5, AsOf));

        Assert.Equal("deal", error.ParamName);
    }

    [Fact]
    public void Suggest_NegativeTop_ThrowsArgumentOutOfRange()
    {
        var index = PracticeIndex.Build(SomePractices.Library(5));

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Suggest(DealContext.Empty, -1, AsOf));
        Assert.Empty(index.Suggest(DealContext.Empty, 0, AsOf));
    }

    [Fact]
    public void Suggest_TextMatch_RanksMatchingPracticeFirst()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("demo").WithTitle("Run a tailored demo").WithTopic(PracticeTopic.DemoProof),
            Some.Practice("proc").WithTitle("Bring procurement in early").WithBody("Procurement teams negotiate multi-year terms.").WithTopic(PracticeTopic.Negotiation),
            Some.Practice("hand").WithTitle("Hand off to service with a kickoff").WithTopic(PracticeTopic.HandoffToService),
        ]);

        var suggestions = index.Suggest(Some.Deal().Described("Procurement is pushing for a multi-year discount"), 3, AsOf);

        Assert.Equal("proc", suggestions[0].Practice.Id);
        Assert.Equal([1, 2, 3], suggestions.Select(s => s.Rank));
    }

    [Fact]
    public void Suggest_SameTextDifferentStage_PrefersDealStage()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("qualify").WithTitle("Pricing conversation").ForStages(SalesStage.Qualify).WithTopic(PracticeTopic.Pricing),
            Some.Practice("propose").WithTitle("Pricing conversation").ForStages(SalesStage.Propose).WithTopic(PracticeTopic.Pricing),
        ]);

        var suggestions = index.Suggest(Some.Deal().Described("pricing").AtStage(SalesStage.Propose), 2, AsOf);

        Assert.Equal(["propose", "qualify"], Ids(suggestions));
        Assert.Contains(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Stage && r.Text == "same stage: Propose");
        Assert.Contains(suggestions[1].Reasons, r => r.Factor == ReasonFactors.Stage && r.Contribution < 0);
    }

    [Fact]
    public void Suggest_StructuredOnly_ReachesPracticesWithoutTextMatch()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("fab").WithTitle("Displace the incumbent").AgainstCompetitors("Fabrikam").WithTopic(PracticeTopic.CompetitiveDisplacement),
            Some.Practice("other").WithTitle("Unrelated").AgainstCompetitors("Contoso"),
        ]);

        var suggestions = index.Suggest(Some.Deal().AgainstCompetitors("fabrikam "), 1, AsOf);

        Assert.Equal("fab", suggestions[0].Practice.Id);
        Assert.Contains(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Competitor && r.Text == "against: fabrikam");
    }

    [Fact]
    public void Suggest_EmptyDeal_OrdersByEffectivenessThenFreshness()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("old").ApprovedOn(AsOf.AddDays(-900)).WithTopic(PracticeTopic.Closing),
            Some.Practice("fresh").ApprovedOn(AsOf.AddDays(-3)).WithTopic(PracticeTopic.Discovery),
            Some.Practice("proven").WithOutcomes(45, 5, 50, 50).ApprovedOn(AsOf.AddDays(-400)).WithTopic(PracticeTopic.Pricing),
        ]);

        var suggestions = index.Suggest(DealContext.Empty, 3, AsOf);

        Assert.Equal(["proven", "fresh", "old"], Ids(suggestions));
    }

    [Fact]
    public void Suggest_EqualScores_BreakTiesById()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("c").WithTopic(PracticeTopic.Closing),
            Some.Practice("a").WithTopic(PracticeTopic.Discovery),
            Some.Practice("b").WithTopic(PracticeTopic.Pricing),
        ]);

        var suggestions = index.Suggest(DealContext.Empty, 3, AsOf);

        Assert.Equal(["a", "b", "c"], Ids(suggestions));
        Assert.Equal(suggestions[0].Score, suggestions[2].Score);
    }

    [Fact]
    public void Suggest_ManySameTopic_AtMostTwoPerTopicByDefault()
    {
        var practices = Enumerable.Range(0, 6)
            .Select(i => Some.Practice($"neg-{i}").WithTitle("Negotiation discount playbook").WithTopic(PracticeTopic.Negotiation).Build())
            .Append(Some.Practice("close").WithTitle("Closing plan").WithTopic(PracticeTopic.Closing).Build())
            .Append(Some.Practice("price").WithTitle("Pricing anchors").WithTopic(PracticeTopic.Pricing).Build());
        var index = PracticeIndex.Build(practices);

        var suggestions = index.Suggest(Some.Deal().Described("negotiation discount"), 5, AsOf);

        Assert.Equal(4, suggestions.Count);
        Assert.Equal(2, suggestions.Count(s => s.Practice.Topic == PracticeTopic.Negotiation));
        Assert.Equal(["neg-0", "neg-1"], Ids(suggestions).Take(2));
    }

    [Fact]
    public void Suggest_MaxPerTopicOption_IsHonoured()
    {
        var practices = Enumerable.Range(0, 6).Select(i => Some.Practice($"neg-{i}").WithTopic(PracticeTopic.Negotiation).Build());
        var index = PracticeIndex.Build(practices, new RankingOptions { MaxPerTopic = 4 });

        Assert.Equal(4, index.Suggest(DealContext.Empty, 5, AsOf).Count);
    }

    [Fact]
    public void Suggest_ExpiredPractice_IsNeverSuggested()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("expired").WithTitle("pricing").ExpiresOn(AsOf),
            Some.Practice("live").WithTitle("other").ExpiresOn(AsOf.AddDays(1)),
        ]);

        Assert.Equal(["live"], Ids(index.Suggest(Some.Deal().Described("pricing"), 5, AsOf)));
    }

    [Fact]
    public void Suggest_RestrictedPractice_OnlyForTeamMembers()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("emea-only").WithTitle("pricing").VisibleToTeams("team-emea"),
            Some.Practice("everyone").WithTitle("other"),
        ]);
        var deal = Some.Deal().Described("pricing").Build();

        Assert.Equal(["everyone"], Ids(index.Suggest(deal, 5, AsOf)));
        Assert.Equal(["emea-only", "everyone"], Ids(index.Suggest(deal, 5, AsOf, ["team-emea"])));
    }

    [Fact]
    public void Suggest_DismissedByRep_Sinks()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("a").WithTitle("pricing playbook").WithTopic(PracticeTopic.Pricing),
            Some.Practice("b").WithTitle("pricing").WithBody("playbook for a pricing talk").WithTopic(PracticeTopic.Closing),
        ]);
        var before = index.Suggest(Some.Deal().Described("pricing playbook"), 2, AsOf);

        var after = index.Suggest(Some.Deal().Described("pricing playbook").DismissedByRep(before[0].Practice.Id), 2, AsOf);

        Assert.Equal(before[0].Practice.Id, after[1].Practice.Id);
        Assert.Contains(after[1].Reasons, r => r.Factor == ReasonFactors.Feedback && r.Text == "you dismissed this before" && r.Contribution < 0);
    }

    [Fact]
    public void Suggest_DismissedByTeam_SinksLessThanByRep()
    {
        var index = PracticeIndex.Build([Some.Practice("a").WithTitle("pricing")]);
        var deal = Some.Deal().Described("pricing");

        var plain = index.Suggest(deal.Build(), 1, AsOf)[0].Score;
        var team = index.Suggest(deal.DismissedByTeam("a").Build(), 1, AsOf)[0].Score;
        var rep = index.Suggest(Some.Deal().Described("pricing").DismissedByRep("a").Build(), 1, AsOf)[0].Score;

        Assert.True(plain > team && team > rep, $"{plain} > {team} > {rep}");
    }

    [Fact]
    public void Suggest_NegativeEstimatedValue_IsRefusedBeforeRanking()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Some.Deal().Worth(-5m).Build());
    }

    [Fact]
    public void Suggest_LargeDecisionUnit_FavoursLargeDecisionUnitTopic()
    {
        var index = PracticeIndex.Build(
        [
            Some.Practice("a").WithTopic(PracticeTopic.Closing),
            Some.Practice("z").WithTopic(PracticeTopic.LargeDecisionUnit),
        ]);

        var suggestions = index.Suggest(Some.Deal().WithDecisionUnit(9), 2, AsOf);

        Assert.Equal("z", suggestions[0].Practice.Id);
        Assert.Contains(suggestions[0].Reasons, r => r.Text == "large decision unit: 9 people");
    }

    [Fact]
    public void Suggest_SameInputs_SameOutput()
    {
        var index = PracticeIndex.Build(SomePractices.Library(500));
        var deal = Some.Deal().Described("procurement budget pilot").AtStage(SalesStage.Develop).InIndustry("Retail").Build();

        var first = index.Suggest(deal, 5, AsOf);
        var second = PracticeIndex.Build(SomePractices.Library(500).Reverse()).Suggest(deal, 5, AsOf);

        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal(first.Select(s => s.Score), second.Select(s => s.Score));
    }

    [Fact]
    public async Task Suggest_ConcurrentQueries_MatchSequentialResults()
    {
        var index = PracticeIndex.Build(SomePractices.Library(2_000));
        var deals = Enumerable.Range(0, 32).Select(i => Some.Deal()
            .Described(i % 2 == 0 ? "procurement legal timeline" : "executive champion workshop")
            .AtStage((SalesStage)(i % 4))
            .InIndustry(i % 3 == 0 ? "Retail" : "Healthcare")
            .Build()).ToArray();
        var expected = deals.Select(d => string.Join(",", Ids(index.Suggest(d, 5, AsOf)))).ToArray();

        var actual = await Task.WhenAll(deals.Select(d => Task.Run(() => string.Join(",", Ids(index.Suggest(d, 5, AsOf))))));

        Assert.Equal(expected, actual);
    }
}
