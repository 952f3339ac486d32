using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Outcomes;
using DataverseSharing.Testing.Feedback;
using DataverseSharing.Testing.Plugins;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Outcomes;

/// <summary>Win, Lose, SetState and an Update of the state move the statistics of the deal's practices.</summary>
public sealed class CountOutcomesTests : IDisposable
{
    private readonly FeedbackOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void WinOpportunity_AppliedPractice_CountsAppliedWonPerCompetitor()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal(competitors: ["Fabrikam", "Northwind"]);
        org.Apply(deal, practice);

        org.Win(deal);
        org.Drain();

        var stats = org.Stats(practice);
        Assert.Equal((1, 0, 1), (stats.AppliedWon, stats.AppliedLost, stats.TimesApplied));
        Assert.Equal(new CompetitorOutcome("Fabrikam", 1, 0), stats.Against("Fabrikam"));
        Assert.Equal(new CompetitorOutcome("Northwind", 1, 0), stats.Against("Northwind"));
    }

    [Theory]
    [InlineData(true, "Win")]
    [InlineData(false, "Lose")]
    public void WinOrLoseOpportunity_TheStepOnWinOrLose_CountsTheDeal(bool won, string message)
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        org.Org.Organization.Pipeline.TraceLog.Clear();

        if (won)
        {
            org.Win(deal);
        }
        else
        {
            org.Lose(deal);
        }

        org.Drain();

        // The step registered on the message itself counted the practice, whatever an Update step also did.
        Assert.Contains(org.Org.Organization.Pipeline.TraceLog.Entries, e => e.PluginType == typeof(CountOutcomes).FullName
            && e.MessageName == message && e.Text.Contains($"statistics of practice {practice:D}", StringComparison.Ordinal));
        Assert.Equal(won ? (1, 0) : (0, 1), (org.Stats(practice).AppliedWon, org.Stats(practice).AppliedLost));
    }

    [Fact]
    public void WinStep_DealNamedOnlyByTheOpportunityClose_CountsThatDeal()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        org.Win(deal);
        org.Drain();
        org.System.Update(new Entity(BestPracticeSchema.Table, practice) { [BestPracticeSchema.AppliedWon] = 0 });
        Assert.Equal(0, org.Stats(practice).AppliedWon);

        // As Dataverse calls a Win step: the deal is the OpportunityClose's opportunityid, no image, no Target.
        var harness = new PluginHarness(user => user is { } u ? org.Org.Organization.ServiceAs(u) : org.System);
        harness.Context.MessageName = "Win";
        harness.Context.PrimaryEntityName = OpportunitySchema.Table;
        harness.Context.Stage = 40;
        harness.Context.Mode = 1;
        harness.Context.InputParameters["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(OpportunitySchema.Table, deal) };
        harness.Context.InputParameters["Status"] = new OptionSetValue(3);
        harness.Run(new CountOutcomes());

        Assert.Equal(1, org.Stats(practice).AppliedWon);
    }

    [Fact]
    public void LoseOpportunity_SuggestedAndNotApplied_CountsTheBaseline()
    {
        var applied = org.Practice("Applied one");
        var other = org.Practice("Suggested one");
        var deal = org.Deal();
        org.Apply(deal, applied);

        org.Lose(deal);
        org.Drain();

        Assert.Equal((0, 1, 0, 0), Counts(org.Stats(applied)));
        Assert.Equal((0, 0, 0, 1), Counts(org.Stats(other)));
    }

    [Fact]
    public void SetState_Won_CountsTheOutcome()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);

        org.Org.Rep.Execute(new SetStateRequest { EntityMoniker = new EntityReference(OpportunitySchema.Table, deal), State = new OptionSetValue(1), Status = new OptionSetValue(3) });
        org.Drain();

        Assert.Equal(1, org.Stats(practice).AppliedWon);
    }

    [Fact]
    public void UpdateOfState_Lost_CountsTheOutcome()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);

        org.Org.Rep.Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.StateCode] = new OptionSetValue(2), [OpportunitySchema.StatusCode] = new OptionSetValue(4) });
        org.Drain();

        Assert.Equal(1, org.Stats(practice).AppliedLost);
    }

    [Fact]
    public void Reopen_AfterAWin_TakesTheOutcomeBackAndAWinAgainCountsOnce()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        org.Win(deal);
        org.Drain();

        org.Org.Rep.Execute(new SetStateRequest { EntityMoniker = new EntityReference(OpportunitySchema.Table, deal), State = new OptionSetValue(0), Status = new OptionSetValue(1) });
        org.Drain();
        var reopened = org.Stats(practice);
        org.Win(deal);
        org.Drain();

        Assert.Equal((0, 0, 1), (reopened.AppliedWon, reopened.AppliedLost, reopened.TimesApplied));
        Assert.Equal(1, org.Stats(practice).AppliedWon);
    }

    [Fact]
    public void Win_DealWithoutAccountValueOrCompetitors_CountsWhatIsKnown()
    {
        var scoped = org.Practice("Healthcare only", p => p.ForIndustries("Healthcare"));
        var open = org.Practice("Anywhere");
        var deal = org.Deal();

        org.Win(deal);
        org.Drain();

        // No account means no industry: a practice scoped to one cannot count the deal as comparable.
        Assert.Equal((0, 0, 1, 0), Counts(org.Stats(open)));
        Assert.Equal((0, 0, 0, 0), Counts(org.Stats(scoped)));
    }

    [Fact]
    public void Win_PracticeDeletedBeforeTheCount_TheOthersAreStillCounted()
    {
        var deleted = org.Practice("Deleted one");
        var kept = org.Practice("Kept one");
        var deal = org.Deal();
        org.Apply(deal, kept);
        org.Win(deal);

        // Deleting the practice deletes its suggestion rows too (cascade); the queued count runs after.
        org.Org.Library.Delete(BestPracticeSchema.Table, deleted);
        org.Drain();

        Assert.Equal(1, org.Stats(kept).AppliedWon);
    }

    [Fact]
    public void Win_PracticeRetiredBeforeTheCount_StillCountsOnTheRetiredPractice()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        org.Win(deal);

        org.Org.Library.Update(new Entity(BestPracticeSchema.Table, practice) { [BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusRetired), [BestPracticeSchema.StateCode] = new OptionSetValue(BestPracticeSchema.StateInactive) });
        org.Drain();

        Assert.Equal(1, org.Stats(practice).AppliedWon);
    }

    [Fact]
    public void Win_QueuesNoFurtherWork_TheCountsWritesDoNotTriggerThemselves()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        org.Drain();

        org.Win(deal);
        var queued = org.Org.QueuedJobs();
        var result = org.Org.Organization.AsyncJobs.Drain();

        // Two package steps follow a deal's outcome, each on Win and on the Update of the state Win makes: this count
        // and the contribution credit's refresh. Neither's writes queue anything more.
        Assert.Equal(4, queued);
        Assert.Equal(4, result.Succeeded);
        Assert.Equal(0, org.Org.QueuedJobs());
    }

    private static (int, int, int, int) Counts(EffectivenessStats s) => (s.AppliedWon, s.AppliedLost, s.BaselineWon, s.BaselineLost);
}
