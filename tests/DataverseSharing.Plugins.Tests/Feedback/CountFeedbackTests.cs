using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Feedback;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Engine;
using DataverseSharing.Testing.Feedback;
using DataverseSharing.Testing.Plugins;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Feedback;

/// <summary>Applying, dismissing and rating a suggestion moves its practice's statistics.</summary>
public sealed class CountFeedbackTests : IDisposable
{
    private readonly FeedbackOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void Update_Applied_CountsTheApplication()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();

        org.Apply(deal, practice);
        org.Drain();

        Assert.Equal(1, org.Stats(practice).TimesApplied);
    }

    [Fact]
    public void Update_DismissedAndRated_CountsTheDismissalAndTheStars()
    {
        var practice = org.Practice("Payback model");
        var first = org.Deal(name: "First");
        var second = org.Deal(name: "Second");

        org.Dismiss(first, practice);
        org.Rate(second, practice, 4);
        org.Drain();

        var stats = org.Stats(practice);
        Assert.Equal((1, 1, 4, 0), (stats.TimesDismissed, stats.RatingCount, stats.RatingTotal, stats.TimesApplied));
    }

    [Fact]
    public void Update_BackToSuggested_TakesTheApplicationBack()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        org.Drain();

        org.Org.Rep.Update(new Entity(PracticeSuggestionSchema.Table, org.Row(deal, practice).Id) { [PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusSuggested) });
        org.Drain();

        Assert.Equal(0, org.Stats(practice).TimesApplied);
    }

    [Fact]
    public void Update_OfTheRankOnly_QueuesNoCount()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();

        org.System.Update(new Entity(PracticeSuggestionSchema.Table, org.Row(deal, practice).Id) { [PracticeSuggestionSchema.Rank] = 3 });

        Assert.Equal(0, org.Org.QueuedJobs());
    }

    [Fact]
    public void Execute_WithoutItsImage_ReadsTheRowAndCounts()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        var row = org.Row(deal, practice);
        org.System.Update(new Entity(PracticeSuggestionSchema.Table, row.Id) { [PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusApplied) });
        org.Org.Organization.AsyncJobs.Drain();
        org.System.Update(new Entity(BestPracticeSchema.Table, practice) { [BestPracticeSchema.TimesApplied] = 0 });

        var tracing = RunWithoutImage(row.Id);

        Assert.Equal(1, org.Stats(practice).TimesApplied);
        Assert.Contains(tracing.Lines, l => l.Contains("image is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_RowDeletedAndNoImage_TracesAndEndsNormally()
    {
        var tracing = RunWithoutImage(Guid.NewGuid());

        Assert.Contains(tracing.Lines, l => l.Contains("no longer exists", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_AnotherStepEchoesEveryPracticeWriteOntoTheSuggestion_StopsAndCountsTheEchoLater()
    {
        using var echoing = new FeedbackOrg(DeclaredSteps.Of(typeof(EchoPracticeWriteOntoSuggestion)));
        var practice = echoing.Practice("Payback model");
        var deal = echoing.Deal();

        echoing.Apply(deal, practice);
        var result = echoing.Org.Organization.AsyncJobs.Drain();

        // The count writes the practice, the echo rates the suggestion inside that write, which queues the count of
        // the same suggestion again: PluginBase sees its own step on the same record up the chain and skips it.
        // The third job is the contribution credit's refresh, which follows the Apply too.
        Assert.Equal((3, 0), (result.Succeeded, result.Failed));
        Assert.Equal(0, echoing.Org.QueuedJobs());
        Assert.Equal((1, 0), (echoing.Stats(practice).TimesApplied, echoing.Stats(practice).RatingCount));

        // The echoed rating is a fact like any other: the practice's next count includes it.
        echoing.Win(deal);
        echoing.Drain();
        Assert.Equal((1, 1), (echoing.Stats(practice).AppliedWon, echoing.Stats(practice).RatingCount));
    }

    private RecordingTracingService RunWithoutImage(Guid suggestionId)
    {
        var harness = new PluginHarness(user => user is { } u ? org.Org.Organization.ServiceAs(u) : org.System);
        harness.Context.MessageName = "Update";
        harness.Context.PrimaryEntityName = PracticeSuggestionSchema.Table;
        harness.Context.PrimaryEntityId = suggestionId;
        harness.Context.Stage = 40;
        harness.Context.UserId = org.Org.RepId;
        harness.Context.InputParameters["Target"] = new Entity(PracticeSuggestionSchema.Table, suggestionId);
        harness.Run(new CountFeedback());
        return harness.Tracing;
    }
}

/// <summary>Someone else's plug-in: each write of a practice's statistics rates its suggestions 5 stars.</summary>
[PluginStep("5b7f3c1e-6a0d-4f7e-9c2b-1d8e4a6f0b31", "Update", BestPracticeSchema.Table, PipelineStage.PostOperation, StepMode.Synchronous,
    FilteringAttributes = BestPracticeSchema.TimesApplied + "," + BestPracticeSchema.RatingCount)]
public sealed class EchoPracticeWriteOntoSuggestion : PluginBase
{
    public EchoPracticeWriteOntoSuggestion()
        : base(null, null)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(PracticeSuggestionSchema.Rating) };
        query.Criteria.AddCondition(PracticeSuggestionSchema.BestPractice, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, context.ExecutionContext.PrimaryEntityId);
        foreach (var row in context.SystemService.RetrieveMultiple(query).Entities)
        {
            context.SystemService.Update(new Entity(PracticeSuggestionSchema.Table, row.Id) { [PracticeSuggestionSchema.Rating] = 5 });
        }
    }
}
