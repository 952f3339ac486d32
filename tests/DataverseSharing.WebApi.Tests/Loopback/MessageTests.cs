using DataverseSharing.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Tests.Loopback;

public sealed class MessageTests : IAsyncLifetime
{
    private readonly ServedConnector served = new();

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    private Guid? ParentOf(Guid contact) =>
        served.Local.Retrieve("contact", contact, new ColumnSet("parentcustomerid")).GetAttributeValue<EntityReference>("parentcustomerid")?.Id;

    [Fact]
    public void Associate_ThenDisassociate_LinksAndUnlinksEveryRelatedRow()
    {
        var account = served.Local.Create(new Entity("account") { ["name"] = "Parent" });
        var first = served.Local.Create(new Entity("contact") { ["lastname"] = "One" });
        var second = served.Local.Create(new Entity("contact") { ["lastname"] = "Two" });
        var related = new EntityReferenceCollection { new EntityReference("contact", first), new EntityReference("contact", second) };

        served.Service.Associate("account", account, new Relationship("contact_customer_accounts"), related);
        Assert.Equal((account, account), (ParentOf(first), ParentOf(second)));
        served.Service.Disassociate("account", account, new Relationship("contact_customer_accounts"), related);

        Assert.Equal((null, null), (ParentOf(first), ParentOf(second)));
    }

    [Fact]
    public void WhoAmI_IsTheServersCallerAsInProcess()
    {
        var local = (WhoAmIResponse)served.Local.Execute(new WhoAmIRequest());

        var response = (WhoAmIResponse)served.Service.Execute(new WhoAmIRequest());

        Assert.Equal(served.UserId, response.UserId);
        Assert.Equal((local.UserId, local.BusinessUnitId, local.OrganizationId), (response.UserId, response.BusinessUnitId, response.OrganizationId));
        Assert.NotEqual(Guid.Empty, response.OrganizationId);
    }

    [Fact]
    public void SetState_WritesStateAndStatus()
    {
        var id = served.Local.Create(new Entity("account") { ["name"] = "Closing" });

        served.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("account", id), State = new OptionSetValue(1), Status = new OptionSetValue(2) });

        var row = served.Local.Retrieve("account", id, new ColumnSet("statecode", "statuscode"));
        Assert.Equal((new OptionSetValue(1), new OptionSetValue(2)), (row["statecode"], row["statuscode"]));
    }

    [Fact]
    public void Assign_MakesTheAssigneeTheOwner()
    {
        var id = served.Local.Create(new Entity("account") { ["name"] = "Owned" });
        var businessUnit = served.Local.Create(new Entity("businessunit") { ["name"] = "Sales" });
        var user = served.Local.Create(new Entity("systemuser") { ["lastname"] = "Assignee", ["businessunitid"] = new EntityReference("businessunit", businessUnit) });

        served.Service.Execute(new AssignRequest { Target = new EntityReference("account", id), Assignee = new EntityReference("systemuser", user) });

        Assert.Equal(new EntityReference("systemuser", user), served.Local.Retrieve("account", id, new ColumnSet("ownerid"))["ownerid"]);
    }

    [Fact]
    public void WinOpportunity_ThenLoseAnother_CloseThemWithTheirStatus()
    {
        var account = served.Local.Create(new Entity("account") { ["name"] = "Buyer" });
        Guid Opportunity(string name) => served.Local.Create(new Entity("opportunity") { ["name"] = name, ["customerid"] = new EntityReference("account", account) });
        Entity Close(Guid id) => new("opportunityclose") { ["subject"] = "Closed", ["opportunityid"] = new EntityReference("opportunity", id) };
        var won = Opportunity("Won deal");
        var lost = Opportunity("Lost deal");

        served.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(won), Status = new OptionSetValue(3) });
        served.Service.Execute(new LoseOpportunityRequest { OpportunityClose = Close(lost), Status = new OptionSetValue(4) });

        Assert.Equal(new OptionSetValue(1), served.Local.Retrieve("opportunity", won, new ColumnSet("statecode"))["statecode"]);
        Assert.Equal(new OptionSetValue(2), served.Local.Retrieve("opportunity", lost, new ColumnSet("statecode"))["statecode"]);
    }

    [Fact]
    public void CreateUpdateUpsertMultiple_WriteEveryTargetInOneRequestEach()
    {
        var creates = new EntityCollection { EntityName = "account" };
        creates.Entities.Add(new Entity("account") { ["name"] = "Bulk 1" });
        creates.Entities.Add(new Entity("account") { ["name"] = "Bulk 2" });
        var ids = ((CreateMultipleResponse)served.Service.Execute(new CreateMultipleRequest { Targets = creates })).Ids;
        var updates = new EntityCollection { EntityName = "account" };
        updates.Entities.AddRange(ids.Select((id, i) => new Entity("account", id) { ["name"] = $"Bulk {i + 1} updated" }));
        served.Service.Execute(new UpdateMultipleRequest { Targets = updates });
        var upserts = new EntityCollection { EntityName = BestPracticeSchema.Table };
        upserts.Entities.Add(new Entity(BestPracticeSchema.Table, BestPracticeSchema.PracticeKey, "bulk-a") { [BestPracticeSchema.Name] = "A", [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue) });
        upserts.Entities.Add(new Entity(BestPracticeSchema.Table, BestPracticeSchema.PracticeKey, "bulk-b") { [BestPracticeSchema.Name] = "B", [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue) });
        served.Requests.Reset();
        served.Service.Execute(new OrganizationRequest("UpsertMultiple") { ["Targets"] = upserts });
        served.Service.Execute(new OrganizationRequest("UpsertMultiple") { ["Targets"] = upserts });

        Assert.Equal(2, ids.Distinct().Count());
        Assert.Equal(["Bulk 1 updated", "Bulk 2 updated"], ids.Select(id => (string)served.Local.Retrieve("account", id, new ColumnSet("name"))["name"]!));
        var practices = served.Local.RetrieveMultiple(new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PracticeKey) }).Entities;
        Assert.Equal(["bulk-a", "bulk-b"], practices.Select(p => (string)p[BestPracticeSchema.PracticeKey]!).Order());
        Assert.Equal(3, served.Requests.Count);
    }

    [Fact]
    public void RetrieveEntityChanges_ThenTheToken_GivesOnlyLaterChangesAndDeletions()
    {
        var kept = served.Local.Create(new Entity("account") { ["name"] = "Kept" });
        var removed = served.Local.Create(new Entity("account") { ["name"] = "Removed" });
        OrganizationResponse Changes(string? token) => served.Service.Execute(new OrganizationRequest("RetrieveEntityChanges")
        {
            ["EntityName"] = "account",
            ["Columns"] = new ColumnSet("name"),
            ["DataVersion"] = token,
        });

        var first = Changes(null);
        served.Local.Update(new Entity("account", kept) { ["name"] = "Kept, renamed" });
        served.Local.Delete("account", removed);
        var second = Changes((string)first["DataToken"]!);

        Assert.Equal(new[] { kept, removed }.Order(), ((EntityCollection)first["NewOrUpdated"]!).Entities.Select(e => e.Id).Order());
        var changed = Assert.Single(((EntityCollection)second["NewOrUpdated"]!).Entities);
        Assert.Equal((kept, "Kept, renamed"), (changed.Id, (string)changed["name"]!));
        Assert.Equal(new EntityReference("account", removed), Assert.Single((EntityReferenceCollection)second["RemovedOrDeleted"]!));
        Assert.NotEqual(first["DataToken"], second["DataToken"]);
    }
}
