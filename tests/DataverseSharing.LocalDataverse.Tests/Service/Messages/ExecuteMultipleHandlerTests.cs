using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Tests.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class ExecuteMultipleHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_ReturnResponses_ReturnsEachResponseInOrder()
    {
        var response = Run(continueOnError: false, returnResponses: true, Create("A"), Create("B"));

        Assert.False(response.IsFaulted);
        Assert.Equal(new[] { 0, 1 }, response.Responses.Select(r => r.RequestIndex));
        var ids = response.Responses.Select(r => ((CreateResponse)r.Response!).id).ToList();
        Assert.Equal(new[] { "A", "B" }, ids.Select(id => engine.Service.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name")));
    }

    [Fact]
    public void Execute_FaultWithoutContinueOnError_StopsAndKeepsEarlierRequests()
    {
        var response = Run(continueOnError: false, returnResponses: true, Create("First"), MissingUpdate(), Create("Never"));

        Assert.True(response.IsFaulted);
        Assert.Equal(2, response.Responses.Count);
        Assert.Equal(1, response.Responses[1].RequestIndex);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, response.Responses[1].Fault!.ErrorCode);
        Assert.Equal(new[] { "First" }, AccountNames());
    }

    [Fact]
    public void Execute_ContinueOnError_RunsEveryRequestAndReturnsTheFaults()
    {
        var response = Run(continueOnError: true, returnResponses: false, Create("First"), MissingUpdate(), Create("Third"), MissingUpdate());

        Assert.True(response.IsFaulted);
        Assert.Equal(new[] { 1, 3 }, response.Responses.Select(r => r.RequestIndex));
        Assert.All(response.Responses, r => Assert.Null(r.Response));
        Assert.Equal(new[] { "First", "Third" }, AccountNames());
    }

    [Fact]
    public void Execute_ReturnResponsesFalse_ReturnsNothingWhenAllSucceed()
    {
        var response = Run(continueOnError: false, returnResponses: false, Create("A"));

        Assert.Empty(response.Responses);
        Assert.False(response.IsFaulted);
    }

    [Fact]
    public void Execute_MoreThan1000Requests_FaultsWithMaxBatchSizeAndRunsNothing()
    {
        var requests = Enumerable.Range(0, 1001).Select(i => Create($"Account {i}")).ToArray();

        var fault = LocalEngine.Fault(() => Run(continueOnError: true, returnResponses: false, requests));

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Contains("1000", fault.Message);
        Assert.Empty(AccountNames());
    }

    [Fact]
    public void Execute_NestedExecuteMultiple_FaultsAndRunsNothing()
    {
        var nested = new ExecuteMultipleRequest { Requests = [Create("Inner")], Settings = new ExecuteMultipleSettings() };

        var fault = LocalEngine.Fault(() => Run(continueOnError: true, returnResponses: true, Create("Outer"), nested));

        Assert.Contains("cannot contain", fault.Message);
        Assert.Empty(AccountNames());
    }

    [Fact]
    public void Execute_WithoutSettings_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new ExecuteMultipleRequest { Requests = [Create("A")] }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Execute_PluginRefusesOneRequest_OnlyThatRequestIsRolledBack()
    {
        using var pipeline = new PipelineEngine(typeof(RefuseAccountPlugin));
        RefuseAccountPlugin.Calls = 0;

        var response = (ExecuteMultipleResponse)pipeline.Service.Execute(new ExecuteMultipleRequest
        {
            Requests = [Create("Kept"), Create("Refused"), Create("Also kept")],
            Settings = new ExecuteMultipleSettings { ContinueOnError = true },
        });

        Assert.Equal(3, RefuseAccountPlugin.Calls);
        Assert.Equal(1, Assert.Single(response.Responses).RequestIndex);
        Assert.Contains("Refused", response.Responses[0].Fault!.Message);
        var names = pipeline.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities.Select(e => e.GetAttributeValue<string>("name"));
        Assert.Equal(new[] { "Also kept", "Kept" }, names.Order());
    }

    [Fact]
    public void Execute_FromAPlugin_JoinsThePluginsTransaction()
    {
        using var pipeline = new PipelineEngine(typeof(BatchFromPluginPlugin));

        pipeline.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Single(pipeline.Service.RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    [Fact]
    public void Execute_FromAPluginWithAFault_RollsBackTheWholeOuterRequest()
    {
        using var pipeline = new PipelineEngine(typeof(BatchFromPluginPlugin));

        // As on the platform: a fault inside the plug-in's batch dooms the transaction the plug-in runs in.
        LocalEngine.Fault(() => pipeline.Service.Create(new Entity("account") { ["name"] = "Fail inside" }));

        Assert.Empty(pipeline.Service.RetrieveMultiple(new QueryExpression("contact")).Entities);
        Assert.Empty(pipeline.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Execute_GenericRequest_RunsTheRequests()
    {
        var request = new OrganizationRequest("ExecuteMultiple")
        {
            ["Requests"] = new OrganizationRequestCollection { Create("Generic") },
            ["Settings"] = new ExecuteMultipleSettings { ReturnResponses = true },
        };

        var response = engine.Service.Execute(request);

        Assert.False((bool)response["IsFaulted"]!);
        Assert.Single((ExecuteMultipleResponseItemCollection)response["Responses"]!);
        Assert.Equal(new[] { "Generic" }, AccountNames());
    }

    private static CreateRequest Create(string name) => new() { Target = new Entity("account") { ["name"] = name } };

    private static UpdateRequest MissingUpdate() => new() { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "Missing" } };

    private ExecuteMultipleResponse Run(bool continueOnError, bool returnResponses, params OrganizationRequest[] requests)
    {
        var collection = new OrganizationRequestCollection();
        collection.AddRange(requests);
        return (ExecuteMultipleResponse)engine.Service.Execute(new ExecuteMultipleRequest
        {
            Requests = collection,
            Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
        });
    }

    private List<string> AccountNames() =>
        engine.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities
            .Select(e => e.GetAttributeValue<string>("name")!).Order().ToList();
}
