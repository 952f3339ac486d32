using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Messages;

/// <summary>Typed requests keep their values in <see cref="OrganizationRequest.Parameters"/> under the documented names.</summary>
public class RequestParameterTests
{
    private static readonly Entity Account = new("account", Guid.NewGuid());
    private static readonly EntityReference AccountReference = new("account", Guid.NewGuid());

    [Fact]
    public void CreateRequest_Target_StoredAsTarget()
    {
        var request = new CreateRequest { Target = Account };

        AssertRequest(request, "Create", ("Target", Account));
        Assert.Same(Account, request.Target);
    }

    [Fact]
    public void RetrieveRequest_TargetAndColumnSet_StoredUnderTheirNames()
    {
        var columns = new ColumnSet("name");
        var request = new RetrieveRequest { Target = AccountReference, ColumnSet = columns };

        AssertRequest(request, "Retrieve", ("Target", AccountReference), ("ColumnSet", columns));
        Assert.Same(columns, request.ColumnSet);
    }

    [Fact]
    public void RetrieveMultipleRequest_Query_StoredAsQuery()
    {
        var query = new QueryExpression("account");
        var request = new RetrieveMultipleRequest { Query = query };

        AssertRequest(request, "RetrieveMultiple", ("Query", query));
        Assert.Same(query, request.Query);
    }

    [Fact]
    public void UpdateAndDeleteRequests_TargetAndConcurrency_StoredUnderTheirNames()
    {
        var update = new UpdateRequest { Target = Account, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };
        var delete = new DeleteRequest { Target = AccountReference };

        AssertRequest(update, "Update", ("Target", Account), ("ConcurrencyBehavior", ConcurrencyBehavior.IfRowVersionMatches));
        AssertRequest(delete, "Delete", ("Target", AccountReference));
        Assert.Equal(ConcurrencyBehavior.Default, delete.ConcurrencyBehavior);
    }

    [Fact]
    public void AssociateAndDisassociateRequests_Values_StoredAsTargetRelationshipRelatedEntities()
    {
        var relationship = new Relationship("account_contacts");
        var related = new EntityReferenceCollection { new EntityReference("contact", Guid.NewGuid()) };

        var associate = new AssociateRequest { Target = AccountReference, Relationship = relationship, RelatedEntities = related };
        var disassociate = new DisassociateRequest { Target = AccountReference, Relationship = relationship, RelatedEntities = related };

        AssertRequest(associate, "Associate", ("Target", AccountReference), ("Relationship", relationship), ("RelatedEntities", related));
        AssertRequest(disassociate, "Disassociate", ("Target", AccountReference), ("Relationship", relationship), ("RelatedEntities", related));
    }

    [Fact]
    public void UpsertRequest_Target_StoredAsTarget()
    {
        AssertRequest(new UpsertRequest { Target = Account }, "Upsert", ("Target", Account));
    }

    [Fact]
    public void ExecuteMultipleRequest_RequestsAndSettings_StoredUnderTheirNames()
    {
        var requests = new OrganizationRequestCollection { new CreateRequest { Target = Account } };
        var settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true };

        var request = new ExecuteMultipleRequest { Requests = requests, Settings = settings };

        AssertRequest(request, "ExecuteMultiple", ("Requests", requests), ("Settings", settings));
        Assert.True(request.Settings.ContinueOnError);
    }

    [Fact]
    public void ExecuteTransactionRequest_RequestsAndReturnResponses_StoredUnderTheirNames()
    {
        var requests = new OrganizationRequestCollection { new DeleteRequest { Target = AccountReference } };

        var request = new ExecuteTransactionRequest { Requests = requests, ReturnResponses = true };

        AssertRequest(request, "ExecuteTransaction", ("Requests", requests), ("ReturnResponses", true));
        Assert.True(request.ReturnResponses);
        Assert.Null(new ExecuteTransactionRequest().ReturnResponses);
    }

    [Fact]
    public void CreateAndUpdateMultipleRequests_Targets_StoredAsTargets()
    {
        var targets = new EntityCollection(new[] { Account }) { EntityName = "account" };

        AssertRequest(new CreateMultipleRequest { Targets = targets }, "CreateMultiple", ("Targets", targets));
        AssertRequest(new UpdateMultipleRequest { Targets = targets }, "UpdateMultiple", ("Targets", targets));
    }

    [Fact]
    public void TypedRequest_NewInstance_DeclaresItsRequiredParameters()
    {
        var request = new AssociateRequest();

        Assert.True(request.Parameters.Contains("Target"));
        Assert.True(request.Parameters.Contains("Relationship"));
        Assert.True(request.Parameters.Contains("RelatedEntities"));
        Assert.Null(request["Target"]);
    }

    [Fact]
    public void OrganizationRequest_IndexerAndName_ReadAndWriteParameters()
    {
        var request = new OrganizationRequest("custom_Action") { ["Amount"] = 5 };

        Assert.Equal("custom_Action", request.RequestName);
        Assert.Equal(5, request.Parameters["Amount"]);
        Assert.Throws<KeyNotFoundException>(() => request["Missing"]);
    }

    internal static void AssertRequest(OrganizationRequest request, string name, params (string Key, object Value)[] parameters)
    {
        Assert.Equal(name, request.RequestName);
        foreach ((string key, object value) in parameters)
        {
            Assert.True(request.Parameters.TryGetValue(key, out object? stored), $"parameter {key} missing");
            Assert.Equal(value, stored);
        }
    }
}
