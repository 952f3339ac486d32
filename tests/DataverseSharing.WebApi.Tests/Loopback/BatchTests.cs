using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Tests.Loopback;

public sealed class BatchTests : IAsyncLifetime
{
    private readonly ServedConnector served = new();

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    private OrganizationRequestCollection ThreeCreatesSecondFailing(Guid existing) =>
    [
        new CreateRequest { Target = new Entity("account") { ["name"] = "Batch A" } },
        new CreateRequest { Target = new Entity("account", existing) { ["name"] = "Duplicate id" } },
        new CreateRequest { Target = new Entity("account") { ["name"] = "Batch C" } },
    ];

    private int Named(string prefix)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", ConditionOperator.BeginsWith, prefix);
        return served.Local.RetrieveMultiple(query).Entities.Count;
    }

    [Fact]
    public void ExecuteMultiple_ContinueOnError_RunsEveryRequestAndReportsTheFailedOne()
    {
        var existing = served.Local.Create(new Entity("account") { ["name"] = "Existing" });
        served.Requests.Reset();

        var response = (ExecuteMultipleResponse)served.Service.Execute(new ExecuteMultipleRequest
        {
            Requests = ThreeCreatesSecondFailing(existing),
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
        });

        Assert.Single(served.Requests.Sent, s => s.EndsWith("$batch", StringComparison.Ordinal));
        Assert.True(response.IsFaulted);
        Assert.Equal([0, 1, 2], response.Responses.Select(r => r.RequestIndex));
        Assert.Equal(unchecked((int)0x80040237), response.Responses[1].Fault!.ErrorCode);
        Assert.NotEqual(Guid.Empty, ((CreateResponse)response.Responses[2].Response!).id);
        Assert.Equal(2, Named("Batch "));
    }

    [Fact]
    public void ExecuteMultiple_StopOnError_StopsAtTheFailedRequest()
    {
        var existing = served.Local.Create(new Entity("account") { ["name"] = "Existing" });

        var response = (ExecuteMultipleResponse)served.Service.Execute(new ExecuteMultipleRequest
        {
            Requests = ThreeCreatesSecondFailing(existing),
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
        });

        Assert.True(response.IsFaulted);
        var item = Assert.Single(response.Responses);
        Assert.Equal(1, item.RequestIndex);
        Assert.Equal(1, Named("Batch "));
    }

    [Fact]
    public void ExecuteTransaction_FailingRequest_RollsBackAllAndNamesItsIndex()
    {
        var existing = served.Local.Create(new Entity("account") { ["name"] = "Existing" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => served.Service.Execute(new ExecuteTransactionRequest
        {
            Requests = ThreeCreatesSecondFailing(existing),
        }));

        var detail = Assert.IsType<ExecuteTransactionFault>(fault.Detail);
        Assert.Equal(1, detail.FaultedRequestIndex);
        Assert.Equal(unchecked((int)0x80040237), detail.ErrorCode);
        Assert.Equal(0, Named("Batch "));
    }

    [Fact]
    public void ExecuteTransaction_AllSucceed_ReturnsEachResponse()
    {
        var response = (ExecuteTransactionResponse)served.Service.Execute(new ExecuteTransactionRequest
        {
            Requests =
            [
                new CreateRequest { Target = new Entity("account") { ["name"] = "Batch 1" } },
                new CreateRequest { Target = new Entity("account") { ["name"] = "Batch 2" } },
            ],
            ReturnResponses = true,
        });

        Assert.Equal(2, response.Responses.Count);
        Assert.All(response.Responses, r => Assert.NotEqual(Guid.Empty, ((CreateResponse)r).id));
        Assert.Equal(2, Named("Batch "));
    }
}
