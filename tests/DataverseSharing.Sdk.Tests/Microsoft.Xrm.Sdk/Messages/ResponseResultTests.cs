using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Messages;

/// <summary>Typed responses read their values from <see cref="OrganizationResponse.Results"/> under the documented names.</summary>
public class ResponseResultTests
{
    [Fact]
    public void CreateResponse_IdResult_ReadsId()
    {
        Guid id = Guid.NewGuid();
        var response = new CreateResponse { Results = { ["id"] = id } };

        Assert.Equal(id, response.id);
        Assert.Equal(Guid.Empty, new CreateResponse().id);
    }

    [Fact]
    public void RetrieveAndRetrieveMultipleResponses_Results_ReadEntityAndCollection()
    {
        var entity = new Entity("account");
        var collection = new EntityCollection();

        Assert.Same(entity, new RetrieveResponse { Results = { ["Entity"] = entity } }.Entity);
        Assert.Same(collection, new RetrieveMultipleResponse { Results = { ["EntityCollection"] = collection } }.EntityCollection);
    }

    [Fact]
    public void UpsertResponse_Results_ReadRecordCreatedAndTarget()
    {
        var target = new EntityReference("account", Guid.NewGuid());

        var response = new UpsertResponse { Results = { ["RecordCreated"] = true, ["Target"] = target } };

        Assert.True(response.RecordCreated);
        Assert.Same(target, response.Target);
        Assert.False(new UpsertResponse().RecordCreated);
    }

    [Fact]
    public void ExecuteMultipleResponse_Results_ReadIsFaultedAndResponses()
    {
        var items = new ExecuteMultipleResponseItemCollection
        {
            new ExecuteMultipleResponseItem { RequestIndex = 0, Fault = new OrganizationServiceFault { Message = "x" } },
        };

        var response = new ExecuteMultipleResponse { Results = { ["IsFaulted"] = true, ["Responses"] = items } };

        Assert.True(response.IsFaulted);
        Assert.Same(items, response.Responses);
    }

    [Fact]
    public void ExecuteTransactionAndCreateMultipleResponses_Results_ReadResponsesAndIds()
    {
        var responses = new OrganizationResponseCollection { new CreateResponse() };
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid()];

        Assert.Same(responses, new ExecuteTransactionResponse { Results = { ["Responses"] = responses } }.Responses);
        Assert.Equal(ids, new CreateMultipleResponse { Results = { ["Ids"] = ids } }.Ids);
    }

    [Fact]
    public void OrganizationResponse_Indexer_ReadsAndWritesResults()
    {
        var response = new OrganizationResponse { ResponseName = "custom_Action", ["Total"] = 3 };

        Assert.Equal(3, response.Results["Total"]);
        Assert.Equal("custom_Action", response.ResponseName);
    }
}
