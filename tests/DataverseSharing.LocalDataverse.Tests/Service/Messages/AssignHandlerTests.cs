using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class AssignHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();
    private readonly Guid unit;
    private readonly Guid user;

    public AssignHandlerTests()
    {
        unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        user = engine.Service.Create(new Entity("systemuser") { ["lastname"] = "Doe", ["domainname"] = "doe@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_ToUser_SetsOwnerOwningUserAndBusinessUnit()
    {
        var account = engine.CreateAccount();

        engine.Service.Execute(new AssignRequest { Target = new EntityReference("account", account), Assignee = new EntityReference("systemuser", user) });

        var row = Owner("account", account);
        Assert.Equal(new EntityReference("systemuser", user), row.GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(user, row.GetAttributeValue<EntityReference>("owninguser")!.Id);
        Assert.Equal(unit, row.GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
    }

    [Fact]
    public void Execute_ToTeam_SetsOwningTeamAndClearsOwningUser()
    {
        var team = engine.Service.Create(new Entity("team") { ["name"] = "Deals", ["businessunitid"] = new EntityReference("businessunit", unit) });
        var account = engine.CreateAccount();

        engine.Service.Execute(new AssignRequest { Target = new EntityReference("account", account), Assignee = new EntityReference("team", team) });

        var row = Owner("account", account);
        Assert.Equal(team, row.GetAttributeValue<EntityReference>("owningteam")!.Id);
        Assert.False(row.Contains("owninguser"));
        Assert.Equal(unit, row.GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
    }

    [Fact]
    public void Execute_ParentalRelationships_CascadeToChildrenAndGrandchildren()
    {
        var account = engine.CreateAccount();
        var opportunity = engine.CreateOpportunity(account: account);
        var practice = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Practice" });
        var suggestion = engine.Service.Create(new Entity("dvs_practicesuggestion")
        {
            ["dvs_name"] = "Suggested",
            ["dvs_opportunityid"] = new EntityReference("opportunity", opportunity),
            ["dvs_bestpracticeid"] = new EntityReference("dvs_bestpractice", practice),
        });

        engine.Service.Execute(new AssignRequest { Target = new EntityReference("account", account), Assignee = new EntityReference("systemuser", user) });

        Assert.Equal(user, Owner("opportunity", opportunity).GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(user, Owner("dvs_practicesuggestion", suggestion).GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.NotEqual(user, Owner("dvs_bestpractice", practice).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void Execute_ReferentialRelationship_LeavesChildrenWithTheirOwner()
    {
        var account = engine.CreateAccount();
        var other = engine.CreateAccount("Other");
        var opportunity = engine.Service.Create(new Entity("opportunity")
        {
            ["name"] = "Linked only",
            ["customerid"] = new EntityReference("account", other),
            ["parentaccountid"] = new EntityReference("account", account),
        });

        engine.Service.Execute(new AssignRequest { Target = new EntityReference("account", account), Assignee = new EntityReference("systemuser", user) });

        Assert.Equal(engine.UserId, Owner("opportunity", opportunity).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void Execute_UnknownUser_FaultsAndChangesNothing()
    {
        var account = engine.CreateAccount();
        var opportunity = engine.CreateOpportunity(account: account);
        var stranger = Guid.NewGuid();

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new AssignRequest { Target = new EntityReference("account", account), Assignee = new EntityReference("systemuser", stranger) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal(engine.UserId, Owner("account", account).GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(engine.UserId, Owner("opportunity", opportunity).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void Execute_AssigneeNotUserOrTeam_Faults()
    {
        var account = engine.CreateAccount();

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new AssignRequest { Target = new EntityReference("account", account), Assignee = new EntityReference("account", account) }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'account'", fault.Message);
    }

    [Fact]
    public void Execute_BusinessOwnedTable_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new AssignRequest { Target = new EntityReference("businessunit", unit), Assignee = new EntityReference("systemuser", user) }));

        Assert.Contains("not user or team owned", fault.Message);
    }

    [Fact]
    public void Execute_MissingTarget_FaultsNotFound()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new AssignRequest { Target = new EntityReference("account", Guid.NewGuid()), Assignee = new EntityReference("systemuser", user) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Execute_GenericRequest_AssignsTheRow()
    {
        var account = engine.CreateAccount();

        engine.Service.Execute(new OrganizationRequest("Assign") { ["Target"] = new EntityReference("account", account), ["Assignee"] = new EntityReference("systemuser", user) });

        Assert.Equal(user, Owner("account", account).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    private Entity Owner(string table, Guid id) =>
        engine.Service.Retrieve(table, id, new ColumnSet("ownerid", "owninguser", "owningteam", "owningbusinessunit"));
}
