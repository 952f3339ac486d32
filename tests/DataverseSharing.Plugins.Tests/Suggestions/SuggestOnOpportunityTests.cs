using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Suggestions;

/// <summary>The suggest step, run by LocalDataverse from its declaration, on the package's own solution.</summary>
public sealed class SuggestOnOpportunityTests : IDisposable
{
    private static readonly PracticeTopic[] Topics = [PracticeTopic.Discovery, PracticeTopic.Qualification, PracticeTopic.Pricing];

    private readonly SuggestionOrg org = new();
    private readonly List<Guid> qualify = [];
    private readonly List<Guid> close = [];

    public SuggestOnOpportunityTests()
    {
        for (var i = 0; i < 3; i++)
        {
            var topic = Topics[i];
            qualify.Add(org.AddPractice(p => p.WithTitle($"Qualify {i}").WithTopic(topic).ForStages(SalesStage.Qualify).WithKeywords("budget", "timeline")));
            close.Add(org.AddPractice(p => p.WithTitle($"Close {i}").WithTopic(topic).ForStages(SalesStage.Close).WithKeywords("signature", "procurement")));
        }

        org.SetSuggestionCount("3");
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void Create_OpenDeal_WritesTopNRowsWithRankScoreReasonsAndEngineVersion()
    {
        var deal = NewDeal(SalesStage.Qualify);

        var rows = org.Suggestions(deal);

        Assert.Equal([1, 2, 3], rows.Select(r => r.GetAttributeValue<int>(PracticeSuggestionSchema.Rank)));
        Assert.Equal(qualify.Order(), org.SuggestedPractices(deal).Order());
        Assert.All(rows, r =>
        {
            Assert.Equal(RankingEngine.Version, r.GetAttributeValue<string>(PracticeSuggestionSchema.EngineVersion));
            Assert.Contains("same stage", r.GetAttributeValue<string>(PracticeSuggestionSchema.Reasons), StringComparison.OrdinalIgnoreCase);
            Assert.True(r.GetAttributeValue<decimal>(PracticeSuggestionSchema.Score) > 0m);
            Assert.Equal(PracticeSuggestionSchema.StatusSuggested, r.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)!.Value);
        });
    }

    [Fact]
    public void Update_StageMovedToClose_ReplacesTheDealsSuggestions()
    {
        var deal = NewDeal(SalesStage.Qualify);

        MoveTo(deal, SalesStage.Close);

        Assert.Equal(close.Order(), org.SuggestedPractices(deal).Order());
        Assert.Equal([1, 2, 3], org.Suggestions(deal).Select(r => r.GetAttributeValue<int>(PracticeSuggestionSchema.Rank)));
    }

    [Fact]
    public void Update_RowsTheRepActedOn_AreNeverTouched()
    {
        var deal = NewDeal(SalesStage.Qualify);
        var rows = org.Suggestions(deal);
        Act(rows[0], r => r[PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusApplied));
        Act(rows[1], r =>
        {
            r[PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusDismissed);
            r[PracticeSuggestionSchema.DismissReason] = "Not for this customer";
        });
        Act(rows[2], r => r[PracticeSuggestionSchema.Rating] = 4);
        var before = rows.Select(r => org.System.Retrieve(r.LogicalName, r.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet(true))).ToList();

        MoveTo(deal, SalesStage.Close);

        var after = org.Suggestions(deal);
        foreach (var acted in before)
        {
            var now = Assert.Single(after, r => r.Id == acted.Id);
            Assert.Equal(acted.GetAttributeValue<long>("versionnumber"), now.GetAttributeValue<long>("versionnumber"));
        }

        // Beside the three acted-on rows, the deal gets three fresh suggestions for its new stage.
        Assert.Equal(close.Order(), after.Where(r => before.All(b => b.Id != r.Id)).Select(r => r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)!.Id).Order());
    }

    [Fact]
    public void Update_UntouchedRowsThatDroppedOut_AreRemoved()
    {
        var deal = NewDeal(SalesStage.Qualify);
        var old = org.Suggestions(deal).Select(r => r.Id).ToList();

        MoveTo(deal, SalesStage.Close);

        Assert.DoesNotContain(org.Suggestions(deal), r => old.Contains(r.Id));
        Assert.Equal(3, org.Suggestions(deal).Count);
    }

    [Fact]
    public void Update_NothingChangedForTheRanking_WritesNothing()
    {
        var deal = NewDeal(SalesStage.Qualify);
        var versions = org.Suggestions(deal).Select(r => r.GetAttributeValue<long>("versionnumber")).ToList();

        org.System.Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.Description] = null });
        org.Drain();

        Assert.Equal(versions, org.Suggestions(deal).Select(r => r.GetAttributeValue<long>("versionnumber")));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("5", 5)]
    [InlineData("seven", 5)]
    [InlineData("0", 5)]
    public void Create_SuggestionCountVariable_IsHonouredOrFallsBackToFive(string value, int expected)
    {
        using var other = new SuggestionOrg();
        for (var i = 0; i < 8; i++)
        {
            var topic = (PracticeTopic)i;
            other.AddPractice(p => p.WithTopic(topic).ForStages(SalesStage.Qualify));
        }

        other.SetSuggestionCount(value);
        var deal = other.CreateOpportunity(new Entity { [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Qualify) });
        other.Drain();

        Assert.Equal(expected, other.Suggestions(deal).Count);
    }

    [Fact]
    public void Create_NoVariableValue_UsesTheDefinitionsDefaultOfFive()
    {
        using var other = new SuggestionOrg();
        for (var i = 0; i < 8; i++)
        {
            var topic = (PracticeTopic)i;
            other.AddPractice(p => p.WithTopic(topic));
        }

        var deal = other.CreateOpportunity(new Entity());
        other.Drain();

        Assert.Equal(SuggestionCount.Default, other.Suggestions(deal).Count);
    }

    [Fact]
    public void Create_DealWithNoAccountStageOrTexts_StillGetsSuggestions()
    {
        var deal = org.CreateOpportunity(new Entity());
        org.Drain();

        Assert.Equal(3, org.Suggestions(deal).Count);
    }

    [Fact]
    public void Create_DealDeletedBeforeTheJobRan_EndsWithoutRowsOrFailure()
    {
        var deal = org.CreateOpportunity(new Entity());
        org.System.Delete(OpportunitySchema.Table, deal);

        org.Drain();

        Assert.Empty(org.Suggestions(deal));
    }

    [Fact]
    public void Update_AccountIndustry_ReachesTheRankingThroughTheJoinedAccount()
    {
        var retail = org.AddPractice(p => p.WithTitle("Insurance playbook").WithTopic(PracticeTopic.Negotiation).ForIndustries("Insurance").ForStages(SalesStage.Qualify));
        var account = org.System.Create(new Entity(AccountSchema.Table) { [AccountSchema.Name] = "Shop", [AccountSchema.IndustryCode] = new OptionSetValue(InsuranceCode) });

        var deal = org.CreateOpportunity(new Entity
        {
            [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Qualify),
            [OpportunitySchema.ParentAccount] = new EntityReference(AccountSchema.Table, account),
        });
        org.Drain();

        Assert.Equal(retail, org.SuggestedPractices(deal)[0]);
        Assert.Contains("Insurance", org.Suggestions(deal)[0].GetAttributeValue<string>(PracticeSuggestionSchema.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Update_PracticeRetiredSinceTheLastRanking_ItsUntouchedRowIsRemoved()
    {
        var deal = NewDeal(SalesStage.Qualify);
        org.Library.Update(new Entity(BestPracticeSchema.Table, qualify[0])
        {
            [BestPracticeSchema.StateCode] = new OptionSetValue(BestPracticeSchema.StateInactive),
            [BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusRetired),
        });

        org.System.Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.Description] = "budget review next week" });
        org.Drain();

        Assert.DoesNotContain(qualify[0], org.SuggestedPractices(deal));
        Assert.Equal(3, org.Suggestions(deal).Count);
    }

    [Fact]
    public void Update_NewlyApprovedPractice_IsSeenByTheNextRanking()
    {
        var deal = NewDeal(SalesStage.Qualify);
        org.Clock.Advance(TimeSpan.FromMinutes(5));
        var fresh = org.AddPractice(p => p.WithTitle("Qualify fast").WithTopic(PracticeTopic.Closing).ForStages(SalesStage.Qualify).WithKeywords("budget", "timeline", "champion")
            .WithOutcomes(30, 2, 10, 10));

        org.System.Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.Description] = "budget timeline champion" });
        org.Drain();

        Assert.Contains(fresh, org.SuggestedPractices(deal));
    }

    [Fact]
    public void Drain_StepsOwnWrites_QueueNoFurtherRun()
    {
        NewDeal(SalesStage.Qualify);

        Assert.Equal(0, org.QueuedJobs());
        var runs = org.Organization.Pipeline.TraceLog.Entries.Count(e => e.PluginType.EndsWith(nameof(SuggestOnOpportunity), StringComparison.Ordinal) && e.Text.Contains(": start ", StringComparison.Ordinal));
        Assert.Equal(1, runs);
    }

    private Guid NewDeal(SalesStage stage)
    {
        var deal = org.CreateOpportunity(new Entity { [OpportunitySchema.SalesStage] = new OptionSetValue((int)stage) });
        org.Drain();
        return deal;
    }

    private void MoveTo(Guid deal, SalesStage stage)
    {
        org.Clock.Advance(TimeSpan.FromMinutes(1));
        org.System.Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.SalesStage] = new OptionSetValue((int)stage) });
        org.Drain();
    }

    private void Act(Entity row, Action<Entity> change)
    {
        var update = new Entity(row.LogicalName, row.Id);
        change(update);
        org.System.Update(update);
    }

    // The account industrycode choice's value labelled "Insurance".
    private const int InsuranceCode = 20;
}
