using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Tests.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class ExecuteTransactionHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_AllSucceed_ReturnsResponsesInOrder()
    {
        var account = engine.CreateAccount("Before");

        var response = Run(returnResponses: true, Create("New"), new UpdateRequest { Target = new Entity("account", account) { ["name"] = "After" } });

        Assert.IsType<CreateResponse>(response.Responses[0]);
        Assert.IsType<UpdateResponse>(response.Responses[1]);
        Assert.Equal(new[] { "After", "New" }, AccountNames());
    }

    [Fact]
    public void Execute_OneRequestFaults_ThrowsExecuteTransactionFaultWithItsIndexAndRollsBackAll()
    {
        var account = engine.CreateAccount("Before");

        var fault = LocalEngine.Fault(() => Run(returnResponses: true,
            new UpdateRequest { Target = new Entity("account", account) { ["name"] = "Changed" } }, Create("New"), MissingUpdate()));

        var transaction = Assert.IsType<ExecuteTransactionFault>(fault);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, transaction.ErrorCode);
        Assert.Equal(2, transaction.FaultedRequestIndex);
        Assert.Contains("Does Not Exist", transaction.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "Before" }, AccountNames());
    }

    [Fact]
    public void Execute_ReturnResponsesNotSet_ReturnsNoResponses()
    {
        var response = Run(returnResponses: null, Create("A"));

        Assert.Empty(response.Responses);
        Assert.Equal(new[] { "A" }, AccountNames());
    }

    [Fact]
    public void Execute_PluginRefusesARequest_RollsBackTheEarlierOnes()
    {
        using var pipeline = new PipelineEngine(typeof(RefuseAccountPlugin));

        var fault = LocalEngine.Fault(() => pipeline.Service.Execute(new ExecuteTransactionRequest { Requests = [Create("Kept?"), Create("Refused")] }));

        Assert.Equal(1, Assert.IsType<ExecuteTransactionFault>(fault).FaultedRequestIndex);
        Assert.Contains("Refused", fault.Message);
        Assert.Empty(pipeline.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Execute_NestedBatch_FaultsAndRunsNothing()
    {
        var fault = LocalEngine.Fault(() => Run(returnResponses: true, Create("A"), new ExecuteTransactionRequest { Requests = [Create("B")] }));

        Assert.Contains("cannot contain", fault.Message);
        Assert.Empty(AccountNames());
    }

    [Fact]
    public void Execute_MoreThan1000Requests_Faults()
    {
        var fault = LocalEngine.Fault(() => Run(returnResponses: false, Enumerable.Range(0, 1001).Select(i => (OrganizationRequest)Create($"A{i}")).ToArray()));

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Empty(AccountNames());
    }

    [Fact]
    public void Execute_GenericRequest_RunsTheRequests()
    {
        var response = engine.Service.Execute(new OrganizationRequest("ExecuteTransaction")
        {
            ["Requests"] = new OrganizationRequestCollection { Create("Generic") },
            ["ReturnResponses"] = true,
        });

        Assert.Single((OrganizationResponseCollection)response["Responses"]!);
        Assert.Equal(new[] { "Generic" }, AccountNames());
    }

    private static CreateRequest Create(string name) => new() { Target = new Entity("account") { ["name"] = name } };

    private static UpdateRequest MissingUpdate() => new() { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "Missing" } };

    private ExecuteTransactionResponse Run(bool? returnResponses, params OrganizationRequest[] requests)
    {
        var collection = new OrganizationRequestCollection();
        collection.AddRange(requests);
        return (ExecuteTransactionResponse)engine.Service.Execute(new ExecuteTransactionRequest { Requests = collection, ReturnResponses = returnResponses });
    }

    private List<string> AccountNames() =>
        engine.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities
            .Select(e => e.GetAttributeValue<string>("name")!).Order().ToList();
}
