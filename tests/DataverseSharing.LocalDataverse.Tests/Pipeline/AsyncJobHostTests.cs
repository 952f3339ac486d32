using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

/// <summary>A system job left Locked: run again when its process is gone, left alone while it lives.</summary>
public sealed class AsyncJobHostTests
{
    [Fact]
    public void Drain_JobLockedByAProcessThatEnded_RunsItAgain()
    {
        using var engine = QueuedJob(out var job);
        Lock(engine, job, "2147483646:638000000000000000:" + Guid.NewGuid().ToString("N"));
        using var runner = engine.Service.CreateAsyncJobRunner();

        Assert.Equal(1, runner.Drain().Succeeded);
        Assert.Equal(3, State(engine, job));
    }

    [Fact]
    public void Drain_JobLockedByAnotherLiveRunner_IsLeftToIt()
    {
        using var engine = QueuedJob(out var job);
        Lock(engine, job, AsyncJobHost.For(Guid.NewGuid()));
        using var runner = engine.Service.CreateAsyncJobRunner();

        Assert.Equal(0, runner.Drain().Succeeded);
        Assert.Equal(2, State(engine, job));
    }

    [Fact]
    public void Drain_JobLockedWithoutAHost_IsLeftAlone()
    {
        using var engine = QueuedJob(out var job);
        Lock(engine, job, null);
        using var runner = engine.Service.CreateAsyncJobRunner();

        Assert.Equal(0, runner.Drain().Succeeded);
    }

    [Theory]
    [InlineData("not a host")]
    [InlineData("12:x:y")]
    public void IsAbandoned_UnreadableHost_IsTreatedAsHeld(string host) =>
        Assert.False(AsyncJobHost.IsAbandoned(host, Guid.NewGuid()));

    private static PipelineEngine QueuedJob(out Guid job)
    {
        var engine = new PipelineEngine(typeof(AsyncOpportunityPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        engine.Service.Update(new Entity("opportunity", id) { ["name"] = "Deal 2" });
        job = engine.Service.RetrieveMultiple(new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(false) }).Entities.Single().Id;
        return engine;
    }

    private static void Lock(PipelineEngine engine, Guid job, string? host) =>
        engine.Service.Update(new Entity("asyncoperation", job)
        {
            ["statecode"] = new OptionSetValue(2),
            ["statuscode"] = new OptionSetValue(20),
            ["hostid"] = host,
        });

    private static int State(PipelineEngine engine, Guid job) =>
        engine.Service.Retrieve("asyncoperation", job, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode")!.Value;
}
