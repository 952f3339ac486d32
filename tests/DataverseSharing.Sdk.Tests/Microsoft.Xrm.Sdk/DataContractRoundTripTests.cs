using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class DataContractRoundTripTests
{
    private static readonly Guid AccountId = new("8d0f3c2e-5b1a-4c3e-9f60-2a7d4e1b9c01");
    private static readonly Guid OwnerId = new("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    [Fact]
    public void Copy_EntityWithEveryCommonAttributeKind_KeepsEveryValue()
    {
        var entity = new Entity("account", AccountId)
        {
            ["name"] = "Contoso",
            ["numberofemployees"] = 42,
            ["revenue"] = new Money(1234.5m),
            ["industrycode"] = new OptionSetValue(7),
            ["ownerid"] = new EntityReference("systemuser", OwnerId) { Name = "Dana" },
            ["creditonhold"] = true,
            ["createdon"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["exchangerate"] = 1.25m,
            ["description"] = null,
            ["categories"] = new OptionSetValueCollection(new[] { new OptionSetValue(1), new OptionSetValue(3) }),
            ["contact.fullname"] = new AliasedValue("contact", "fullname", "Ann Lee"),
        };
        entity.FormattedValues.Add("industrycode", "Consulting");
        entity.RowVersion = "123456";
        entity.EntityState = EntityState.Changed;

        Entity copy = DataContractRoundTrip.Copy(entity);

        Assert.Equal("account", copy.LogicalName);
        Assert.Equal(AccountId, copy.Id);
        Assert.Equal("Contoso", copy["name"]);
        Assert.Equal(42, copy["numberofemployees"]);
        Assert.Equal(new Money(1234.5m), copy["revenue"]);
        Assert.Equal(new OptionSetValue(7), copy["industrycode"]);
        Assert.Equal(new EntityReference("systemuser", OwnerId), copy["ownerid"]);
        Assert.Equal("Dana", copy.GetAttributeValue<EntityReference>("ownerid")!.Name);
        Assert.Equal(true, copy["creditonhold"]);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), copy["createdon"]);
        Assert.Equal(1.25m, copy["exchangerate"]);
        Assert.True(copy.Contains("description"));
        Assert.Null(copy["description"]);
        Assert.Equal([new OptionSetValue(1), new OptionSetValue(3)], copy.GetAttributeValue<OptionSetValueCollection>("categories")!);
        Assert.Equal("Ann Lee", copy.GetAttributeValue<AliasedValue>("contact.fullname")!.Value);
        Assert.Equal("Consulting", copy.FormattedValues["industrycode"]);
        Assert.Equal("123456", copy.RowVersion);
        Assert.Equal(EntityState.Changed, copy.EntityState);
    }

    [Fact]
    public void Write_Entity_UsesTheXrmContractsNamespaceAndKeyValuePairItems()
    {
        string xml = DataContractRoundTrip.Write(new Entity("account") { ["name"] = "Contoso" });

        Assert.Contains("http://schemas.microsoft.com/xrm/2011/Contracts", xml, StringComparison.Ordinal);
        Assert.Contains("KeyValuePairOfstringanyType", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_EntityWithKeyAttributesAndRelatedEntities_KeepsThem()
    {
        var entity = new Entity("account", "accountnumber", "A-1");
        entity.RelatedEntities.Add(
            new Relationship("account_primary_contact"),
            new EntityCollection(new[] { new Entity("contact", OwnerId) }));

        Entity copy = DataContractRoundTrip.Copy(entity);

        Assert.Equal("A-1", copy.KeyAttributes["accountnumber"]);
        Assert.Equal(OwnerId, copy.RelatedEntities[new Relationship("account_primary_contact")][0].Id);
    }

    [Fact]
    public void Copy_EntityCollection_KeepsEntitiesAndPagingState()
    {
        var page = new EntityCollection(new[] { new Entity("account", AccountId) })
        {
            EntityName = "account",
            MoreRecords = true,
            PagingCookie = "<cookie page=\"1\" />",
            TotalRecordCount = 10,
        };

        EntityCollection copy = DataContractRoundTrip.Copy(page);

        Assert.Equal(AccountId, Assert.Single(copy.Entities).Id);
        Assert.Equal("account", copy.EntityName);
        Assert.True(copy.MoreRecords);
        Assert.Equal("<cookie page=\"1\" />", copy.PagingCookie);
        Assert.Equal(10, copy.TotalRecordCount);
    }

    [Fact]
    public void Copy_QueryExpression_KeepsColumnsCriteriaLinksAndOrders()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "revenue"), TopCount = 5 };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter).EntityAlias = "pc";
        query.AddOrder("name", OrderType.Descending);

        QueryExpression copy = DataContractRoundTrip.Copy(query);

        Assert.Equal(["name", "revenue"], copy.ColumnSet.Columns);
        ConditionExpression condition = Assert.Single(copy.Criteria.Conditions);
        Assert.Equal(("statecode", ConditionOperator.Equal, 0), (condition.AttributeName, condition.Operator, condition.Values[0]));
        LinkEntity link = Assert.Single(copy.LinkEntities);
        Assert.Equal(("account", "contact", JoinOperator.LeftOuter, "pc"), (link.LinkFromEntityName, link.LinkToEntityName, link.JoinOperator, link.EntityAlias));
        Assert.Equal(OrderType.Descending, Assert.Single(copy.Orders).OrderType);
        Assert.Equal(5, copy.TopCount);
    }

    [Fact]
    public void Copy_RequestWithEntityParameter_KeepsNameAndParameters()
    {
        OrganizationRequest request = new CreateRequest { Target = new Entity("account") { ["name"] = "Contoso" } };
        var plain = new OrganizationRequest(request.RequestName) { Parameters = request.Parameters };

        OrganizationRequest copy = DataContractRoundTrip.Copy(plain);

        Assert.Equal("Create", copy.RequestName);
        Assert.Equal("Contoso", Assert.IsType<Entity>(copy["Target"])["name"]);
    }

    [Fact]
    public void Copy_ExecuteMultipleRequest_KeepsTypedInnerRequestsAndSettings()
    {
        var request = new ExecuteMultipleRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = new Entity("account") { ["name"] = "Contoso" } },
                new DeleteRequest { Target = new EntityReference("account", AccountId) },
            },
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
        };

        ExecuteMultipleRequest copy = DataContractRoundTrip.Copy(request);

        Assert.Equal("ExecuteMultiple", copy.RequestName);
        Assert.Equal("Contoso", Assert.IsType<CreateRequest>(copy.Requests[0]).Target["name"]);
        Assert.Equal(AccountId, Assert.IsType<DeleteRequest>(copy.Requests[1]).Target.Id);
        Assert.True(copy.Settings.ContinueOnError);
    }

    [Fact]
    public void Copy_RemoteExecutionContext_KeepsParametersImagesAndParent()
    {
        var context = new RemoteExecutionContext
        {
            MessageName = "Update",
            PrimaryEntityName = "account",
            Stage = 40,
            ParentContext = new RemoteExecutionContext { MessageName = "WinOpportunity" },
        };
        context.InputParameters["Target"] = new Entity("account", AccountId);
        context.PreEntityImages["pre"] = new Entity("account", AccountId) { ["name"] = "Old" };

        RemoteExecutionContext copy = DataContractRoundTrip.Copy(context);

        Assert.Equal(("Update", "account", 40), (copy.MessageName, copy.PrimaryEntityName, copy.Stage));
        Assert.Equal(AccountId, Assert.IsType<Entity>(copy.InputParameters["Target"]).Id);
        Assert.Equal("Old", copy.PreEntityImages["pre"]["name"]);
        Assert.Equal("WinOpportunity", copy.ParentContext!.MessageName);
    }

    [Fact]
    public void Copy_OrganizationServiceFault_KeepsCodeMessageDetailsAndInnerFault()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = -2147220891,
            Message = "Blocked by plug-in",
            InnerFault = new OrganizationServiceFault { ErrorCode = 1, Message = "inner" },
        };
        fault.ErrorDetails["OperationStatus"] = 0;

        OrganizationServiceFault copy = DataContractRoundTrip.Copy(fault);

        Assert.Equal((-2147220891, "Blocked by plug-in"), (copy.ErrorCode, copy.Message));
        Assert.Equal(0, copy.ErrorDetails["OperationStatus"]);
        Assert.Equal("inner", copy.InnerFault!.Message);
    }

    [Fact]
    public void Copy_WhoAmIRequest_UsesTheCrmContractsNamespace()
    {
        string xml = DataContractRoundTrip.Write(new WhoAmIRequest());

        Assert.Contains("http://schemas.microsoft.com/crm/2011/Contracts", xml, StringComparison.Ordinal);
        Assert.Equal("WhoAmI", DataContractRoundTrip.Copy(new WhoAmIRequest()).RequestName);
    }
}
