using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Plugins.Tests.Suggestions;

/// <summary>The suggest step's reads, its cache, and what happens when the library changes under it.</summary>
public sealed class SuggestOnOpportunityCostTests : IDisposable
{
    private readonly SuggestionOrg org = new();
    private readonly List<Guid> practices = [];

    public SuggestOnOpportunityCostTests()
    {
        for (var i = 0; i < 12; i++)
        {
            var topic = (PracticeTopic)(i % 10);
            var stage = (SalesStage)(i % 4);
            practices.Add(org.AddPractice(p => p.WithTitle($"Practice {i}").WithTopic(topic).ForStages(stage)));
        }
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void SuggestStep_ColdThenWarm_ReadsFourPlusOnePageThenFour()
    {
        var deal = Deal(SalesStage.Propose);
        var run = new DirectRun(org);

        run.SuggestStep(deal);
        var cold = run.Counts.Reads;
        run.Counts.Reset();
        run.SuggestStep(deal);

        Assert.Equal(4 + 1, cold);
        Assert.Equal(4, run.Counts.Reads);
    }

    [Fact]
    public void SuggestStep_Warm_WritesOnlyWhatChanged()
    {
        var deal = Deal(SalesStage.Propose);
        var run = new DirectRun(org);
        run.SuggestStep(deal);
        run.Counts.Reset();

        run.SuggestStep(deal);

        Assert.Equal(0, run.Counts.Writes);
    }

    [Fact]
    public void SuggestStep_WarmCache_GivesTheRowsAColdRunGives()
    {
        var first = Deal(SalesStage.Develop);
        var second = Deal(SalesStage.Develop);
        var warm = new DirectRun(org);
        warm.SuggestStep(first);
        Clear(second);

        warm.SuggestStep(second);
        var warmRows = Rows(second);
        Clear(second);
        new DirectRun(org).SuggestStep(second);

        Assert.Equal(5, warmRows.Count);
        Assert.Equal(warmRows, Rows(second));
    }

    [Fact]
    public void SuggestStep_PracticeApprovedAfterTheCacheWasFilled_IsRankedByTheNextRun()
    {
        var deal = Deal(SalesStage.Close);
        var run = new DirectRun(org);
        run.SuggestStep(deal);
        org.Clock.Advance(TimeSpan.FromMinutes(10));
        var star = org.AddPractice(p => p.WithTitle("Best closer").WithTopic(PracticeTopic.Closing).ForStages(SalesStage.Close).WithOutcomes(40, 1, 10, 10));
        run.Counts.Reset();

        run.SuggestStep(deal);

        Assert.Contains(star, org.SuggestedPractices(deal));
        Assert.Equal(4 + 1, run.Counts.Reads);
    }

    [Fact]
    public void SuggestStep_PracticeDeletedMidFlight_SkipsItsRowAndStillWritesTheOthers()
    {
        var deal = Deal(SalesStage.Qualify);
        Clear(deal);
        var run = new DirectRun(org);
        Guid? deleted = null;
        run.Counts.Before = (service, request) =>
        {
            if (deleted is null && request is CreateRequest { Target: var row } && row.LogicalName == PracticeSuggestionSchema.Table)
            {
                deleted = row.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)!.Id;
                service.Delete(BestPracticeSchema.Table, deleted.Value);
            }
        };

        run.SuggestStep(deal);

        Assert.NotNull(deleted);
        Assert.DoesNotContain(deleted!.Value, org.SuggestedPractices(deal));
        Assert.Equal(4, org.Suggestions(deal).Count);
        Assert.Contains(run.LastTracing!.Lines, l => l.Contains("suggestion row skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void SuggestStep_PracticeRetiredMidFlight_SaveSucceedsAndTheNextRunDropsIt()
    {
        var deal = Deal(SalesStage.Qualify);
        Clear(deal);
        var run = new DirectRun(org);
        Guid? retired = null;
        run.Counts.Before = (service, request) =>
        {
            if (retired is null && request is CreateRequest { Target: var row } && row.LogicalName == PracticeSuggestionSchema.Table)
            {
                retired = row.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)!.Id;
                // Retiring is the librarian's move; the lifecycle guard refuses it to anyone else.
                org.Library.Update(new Entity(BestPracticeSchema.Table, retired.Value)
                {
                    [BestPracticeSchema.StateCode] = new OptionSetValue(BestPracticeSchema.StateInactive),
                    [BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusRetired),
                });
            }
        };
        run.SuggestStep(deal);
        run.Counts.Before = null;

        run.SuggestStep(deal);

        Assert.NotNull(retired);
        Assert.DoesNotContain(retired!.Value, org.SuggestedPractices(deal));
        Assert.Equal(5, org.Suggestions(deal).Count);
    }

    [Fact]
    public void SuggestStep_RowActedOnBetweenReadAndWrite_IsNotOverwritten()
    {
        var deal = Deal(SalesStage.Qualify);
        org.Clock.Advance(TimeSpan.FromMinutes(1));
        org.Rep.Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Close) });
        var run = new DirectRun(org);
        Guid? acted = null;
        run.Counts.Before = (service, request) =>
        {
            if (acted is null && request is DeleteRequest { Target: var target } && target.LogicalName == PracticeSuggestionSchema.Table)
            {
                acted = target.Id;
                service.Update(new Entity(PracticeSuggestionSchema.Table, target.Id) { [PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusApplied) });
            }
        };

        run.SuggestStep(deal);

        Assert.NotNull(acted);
        var row = Assert.Single(org.Suggestions(deal), r => r.Id == acted);
        Assert.Equal(PracticeSuggestionSchema.StatusApplied, row.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)!.Value);
    }

    private Guid Deal(SalesStage stage)
    {
        var deal = org.CreateOpportunity(new Entity { [OpportunitySchema.SalesStage] = new OptionSetValue((int)stage) });
        org.Drain();
        return deal;
    }

    private void Clear(Guid deal)
    {
        foreach (var row in org.Suggestions(deal))
        {
            org.System.Delete(row.LogicalName, row.Id);
        }
    }

    private List<string> Rows(Guid deal) => org.Suggestions(deal)
        .Select(r => $"{r.GetAttributeValue<int>(PracticeSuggestionSchema.Rank)} {r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)!.Id} {r.GetAttributeValue<decimal>(PracticeSuggestionSchema.Score)} {r.GetAttributeValue<string>(PracticeSuggestionSchema.Reasons)}")
        .ToList();
}
