using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

public sealed class AsyncJobRunnerTests
{
    private static List<Entity> Jobs(PipelineEngine engine) =>
        engine.Service.RetrieveMultiple(new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    [Fact]
    public void Update_AsyncStep_QueuedAsSystemJobNotRunInline()
    {
        using var engine = new PipelineEngine(typeof(AsyncOpportunityPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });

        engine.Service.Update(new Entity("opportunity", id) { ["name"] = "Deal 2" });

        Assert.Empty(Recorder.Calls);
        var job = Assert.Single(Jobs(engine));
        Assert.Equal(0, job.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Update", job.GetAttributeValue<string>("messagename"));
        Assert.Equal("opportunity", job.GetAttributeValue<string>("primaryentitytype"));
    }

    [Fact]
    public void Update_WithConcurrencyBehavior_QueuesAJobThatRunsWithTheParameter()
    {
        using var engine = new PipelineEngine(typeof(AsyncOpportunityPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var version = engine.Service.Retrieve("opportunity", id, new ColumnSet(false)).RowVersion;

        engine.Service.Execute(new Microsoft.Xrm.Sdk.Messages.UpdateRequest
        {
            Target = new Entity("opportunity", id) { ["name"] = "Deal 2", RowVersion = version },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });
        using var runner = engine.Service.CreateAsyncJobRunner();

        Assert.Equal(1, runner.Drain().Succeeded);
        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, Assert.Single(Recorder.Calls).Context.InputParameters["ConcurrencyBehavior"]);
    }

    [Fact]
    public void Drain_QueuedJob_RunsAsynchronouslyOutsideTransactionAndSucceeds()
    {
        using var engine = new PipelineEngine(typeof(AsyncOpportunityPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        engine.Service.Update(new Entity("opportunity", id) { ["name"] = "Deal 2" });
        using var runner = engine.Service.CreateAsyncJobRunner();

        var result = runner.Drain();

        Assert.Equal(new DataverseSharing.LocalDataverse.Pipeline.AsyncDrainResult(1, 0, 0), result);
        var context = Assert.Single(Recorder.Calls).Context;
        Assert.Equal(1, context.Mode);
        Assert.Equal(40, context.Stage);
        Assert.False(context.IsInTransaction);
        Assert.Equal(id, context.PrimaryEntityId);
        Assert.Equal("Deal 2", context.PostEntityImages["post"].GetAttributeValue<string>("name"));
        var job = Assert.Single(Jobs(engine));
        Assert.Equal(3, job.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(30, job.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(0, runner.Drain().Succeeded);
    }

    [Fact]
    public void Drain_FailingJob_RetriedAfterDelayThenRecordedAsFailed()
    {
        using var engine = new PipelineEngine(typeof(AsyncOpportunityPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        engine.Service.Update(new Entity("opportunity", id) { ["name"] = "fail" });
        using var runner = engine.Service.CreateAsyncJobRunner();

        var first = runner.Drain();
        var early = runner.Drain();
        engine.Clock.Advance(TimeSpan.FromSeconds(30));
        var second = runner.Drain();
        engine.Clock.Advance(TimeSpan.FromSeconds(60));
        var third = runner.Drain();

        Assert.Equal(1, first.Postponed);
        Assert.Equal(new DataverseSharing.LocalDataverse.Pipeline.AsyncDrainResult(0, 0, 0), early);
        Assert.Equal(1, second.Postponed);
        Assert.Equal(1, third.Failed);
        Assert.Equal(3, Recorder.Calls.Count);
        var job = Assert.Single(Jobs(engine));
        Assert.Equal(31, job.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal("downstream system unavailable", job.GetAttributeValue<string>("message"));
        Assert.Equal(3, job.GetAttributeValue<int>("retrycount"));
    }

    [Fact]
    public void Update_RequestFails_NoJobQueued()
    {
        using var engine = new PipelineEngine(typeof(AsyncOpportunityPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });

        LocalEngine.Fault(() => engine.Service.Update(new Entity("opportunity", id) { ["name"] = new string('x', 500) }));

        Assert.Empty(Jobs(engine));
    }
}
