using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Tests.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class UpdateMultipleHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_ValidTargets_UpdatesEveryRow()
    {
        var first = engine.CreateAccount("First");
        var second = engine.CreateAccount("Second");
        engine.Clock.Advance(TimeSpan.FromMinutes(5));

        Run(new Entity("account", first) { ["name"] = "First changed" }, new Entity("account", second) { ["accountnumber"] = "42" });

        Assert.Equal("First changed", Read(first).GetAttributeValue<string>("name"));
        Assert.Equal("42", Read(second).GetAttributeValue<string>("accountnumber"));
        Assert.Equal(LocalEngine.Start.UtcDateTime.AddMinutes(5), Read(second).GetAttributeValue<DateTime>("modifiedon"));
    }

    [Fact]
    public void Execute_OneMissingRow_FaultsAndUpdatesNothing()
    {
        var first = engine.CreateAccount("First");

        var fault = LocalEngine.Fault(() => Run(new Entity("account", first) { ["name"] = "Changed" }, new Entity("account", Guid.NewGuid()) { ["name"] = "Missing" }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal("First", Read(first).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Execute_TargetOfAnotherTable_Faults()
    {
        var contact = engine.Service.Create(new Entity("contact") { ["lastname"] = "Doe" });

        var fault = LocalEngine.Fault(() => Run(new Entity("contact", contact) { ["lastname"] = "Changed" }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Execute_UpdateStepsRegistered_RunsThemForEachItem()
    {
        using var pipeline = new PipelineEngine(typeof(StampUpdatePlugin));
        var first = pipeline.Service.Create(new Entity("account") { ["name"] = "First" });
        var second = pipeline.Service.Create(new Entity("account") { ["name"] = "Second" });

        pipeline.Service.Execute(new UpdateMultipleRequest
        {
            Targets = new EntityCollection([new Entity("account", first) { ["name"] = "1" }, new Entity("account", second) { ["name"] = "2" }]) { EntityName = "account" },
        });

        Assert.All(new[] { first, second }, id => Assert.Equal("stamped by update step", pipeline.Service.Retrieve("account", id, new ColumnSet("description")).GetAttributeValue<string>("description")));
    }

    [Fact]
    public void Execute_GenericRequest_UpdatesTheRows()
    {
        var account = engine.CreateAccount("Before");

        engine.Service.Execute(new OrganizationRequest("UpdateMultiple") { ["Targets"] = new EntityCollection([new Entity("account", account) { ["name"] = "After" }]) { EntityName = "account" } });

        Assert.Equal("After", Read(account).GetAttributeValue<string>("name"));
    }

    private void Run(params Entity[] targets) =>
        engine.Service.Execute(new UpdateMultipleRequest { Targets = new EntityCollection(targets.ToList()) { EntityName = "account" } });

    private Entity Read(Guid id) => engine.Service.Retrieve("account", id, new ColumnSet("name", "accountnumber", "modifiedon"));
}
