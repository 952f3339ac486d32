using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// Changing a row's owner is an Assign, whether sent as Assign or as an Update of ownerid: the caller needs Assign
/// on the row and the new owner (a user or a team) must be able to read the table; an Update that also changes
/// other columns needs Write on top. A dispatcher holds Read and Assign on opportunities across the organization
/// but no Write, so the two privileges can be told apart.
/// </summary>
public sealed class OwnerChangeSecurityTests : IDisposable
{
    private static readonly SecurityRole DispatcherRole = new(
        new Guid("5e0c2a1d-9b7e-4f43-8d61-2c4b8a9e7f10"),
        "Deal Dispatcher",
        [
            new RolePrivilege("prvReadOpportunity", AccessDepth.Organization),
            new RolePrivilege("prvAssignOpportunity", AccessDepth.Organization),
        ]);

    private readonly SecuredOrg org = new(new LocalOrganizationOptions { Roles = new RoleCatalog([.. RoleCatalog.Default.Roles, DispatcherRole]) });
    private readonly Guid dispatcher;
    private readonly Guid deal;

    public OwnerChangeSecurityTests()
    {
        dispatcher = org.AddUser("Dispatcher", org.Root, DispatcherRole);
        deal = org.OpportunityOf(org.Rep, "Deal");
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void Update_OwnerOnlyWithAssignButNoWrite_Assigned()
    {
        org.As(dispatcher).Update(new Entity("opportunity", deal) { ["ownerid"] = new EntityReference("systemuser", org.OtherRep) });

        Assert.Equal(org.OtherRep, Owner(deal));
    }

    [Fact]
    public void Update_OwnerAndPrimaryIdWithAssignButNoWrite_Assigned()
    {
        // The primary id names the row; it is not a column the update changes, so Write is still not needed.
        org.As(dispatcher).Update(new Entity("opportunity", deal)
        {
            ["opportunityid"] = deal,
            ["ownerid"] = new EntityReference("systemuser", org.OtherRep),
        });

        Assert.Equal(org.OtherRep, Owner(deal));
    }

    [Fact]
    public void Update_OwnerAndOtherColumnWithAssignButNoWrite_MissingWriteAndRowUnchanged()
    {
        var fault = LocalEngine.Fault(() => org.As(dispatcher).Update(new Entity("opportunity", deal)
        {
            ["ownerid"] = new EntityReference("systemuser", org.OtherRep),
            ["name"] = "Renamed",
        }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvWriteOpportunity", fault.Message, StringComparison.Ordinal);
        Assert.Equal(org.Rep, Owner(deal));
        Assert.Equal("Deal", Name(deal));
    }

    [Fact]
    public void Update_SameOwnerAndOtherColumnWithWriteButNoAssign_Written()
    {
        // Contributors write the practices they own but hold no Assign on them: naming the current owner is no Assign.
        var contributor = org.AddUser("Contributor", org.EuNorth, StandardRoles.Salesperson, PackageRoles.Get(PackageRoles.Contributor));
        var practice = org.As(contributor).Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Draft" });

        org.As(contributor).Update(new Entity("dvs_bestpractice", practice)
        {
            ["ownerid"] = new EntityReference("systemuser", contributor),
            ["dvs_name"] = "Draft 2",
        });

        Assert.Equal("Draft 2", org.Org.SystemService.Retrieve("dvs_bestpractice", practice, new ColumnSet("dvs_name")).GetAttributeValue<string>("dvs_name"));
    }

    [Fact]
    public void Assign_ToTeamWhoseRolesGrantRead_TeamOwnsTheRow()
    {
        var team = Team("Deal desk", org.SalesEu, StandardRoles.Salesperson);

        org.As(org.Rep).Execute(new AssignRequest { Target = new EntityReference("opportunity", deal), Assignee = new EntityReference("team", team) });

        var owner = org.Org.SystemService.Retrieve("opportunity", deal, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid")!;
        Assert.Equal(("team", team), (owner.LogicalName, owner.Id));
    }

    [Fact]
    public void Assign_ToTeamWithoutReadOnTheTable_OwnerReadCheckFailsAndOwnerUnchanged()
    {
        // The team's members could read the deal through their own roles, but the team owning it must itself be able to.
        var team = Team("Empty team", org.EuNorth);
        org.Org.SystemService.Associate("team", team, new Relationship("teammembership_association"), [new EntityReference("systemuser", org.OtherRep)]);

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Execute(new AssignRequest { Target = new EntityReference("opportunity", deal), Assignee = new EntityReference("team", team) }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("Read Privilege Check For Owner failed", fault.Message, StringComparison.Ordinal);
        Assert.Equal(org.Rep, Owner(deal));
    }

    [Fact]
    public void Update_OwnerToTeamWithoutRead_OwnerReadCheckFails()
    {
        var team = Team("Empty team", org.EuNorth);

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Update(new Entity("opportunity", deal) { ["ownerid"] = new EntityReference("team", team) }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("Read Privilege Check For Owner failed", fault.Message, StringComparison.Ordinal);
        Assert.Equal(org.Rep, Owner(deal));
    }

    [Fact]
    public void Assign_ToTeamWithoutAssignOnTheRow_MissingAssignPrivilege()
    {
        var contributor = org.AddUser("Contributor", org.EuNorth, StandardRoles.Salesperson, PackageRoles.Get(PackageRoles.Contributor));
        var practice = org.As(contributor).Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Draft" });
        var team = Team("Practice team", org.EuNorth, PackageRoles.Get(PackageRoles.Contributor));

        var fault = LocalEngine.Fault(() => org.As(contributor).Execute(new AssignRequest { Target = new EntityReference("dvs_bestpractice", practice), Assignee = new EntityReference("team", team) }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvAssigndvs_BestPractice", fault.Message, StringComparison.Ordinal);
    }

    // An owner team in the unit, holding the roles (role rows in the team's unit, as Dataverse copies a role into each unit).
    private Guid Team(string name, Guid unit, params SecurityRole[] roles)
    {
        var team = org.Org.SystemService.Create(new Entity("team")
        {
            ["name"] = name,
            ["businessunitid"] = new EntityReference("businessunit", unit),
            ["teamtype"] = new OptionSetValue(0),
        });
        foreach (var role in roles)
        {
            var roleId = org.Org.SystemService.Create(new Entity("role") { ["name"] = role.Name, ["businessunitid"] = new EntityReference("businessunit", unit) });
            org.Org.SystemService.Associate("team", team, new Relationship("teamroles_association"), [new EntityReference("role", roleId)]);
        }

        return team;
    }

    private Guid Owner(Guid id) => org.Org.SystemService.Retrieve("opportunity", id, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid")!.Id;

    private string? Name(Guid id) => org.Org.SystemService.Retrieve("opportunity", id, new ColumnSet("name")).GetAttributeValue<string>("name");
}
