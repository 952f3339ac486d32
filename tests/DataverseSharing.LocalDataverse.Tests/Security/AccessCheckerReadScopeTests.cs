using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>The read scope a query turns into its WHERE clause, and its agreement with the single-row check.</summary>
public class AccessCheckerReadScopeTests
{
    [Fact]
    public void ReadScope_RepOnOpportunities_OwnRowsTeamsAndOwnUnit()
    {
        var scope = Checker.ReadScope(Rep(new SecurityTeam(DealTeamId, SalesUs)), Opportunity);

        Assert.Equal(AccessScopeKind.Restricted, scope.Kind);
        Assert.Equal(RecordAccessRights.ReadAccess, scope.Right);
        Assert.Equal(new HashSet<Guid> { RepId, DealTeamId }, scope.OwnerIds);
        Assert.Equal(new HashSet<Guid> { SalesEuNorth }, scope.BusinessUnitIds);
        Assert.Equal(new HashSet<Guid> { RepId, DealTeamId }, scope.SharePrincipalIds);
    }

    [Fact]
    public void ReadScope_ManagerOnOpportunities_UnitAndEveryUnitBelow()
    {
        var scope = Checker.ReadScope(Manager(), Opportunity);

        Assert.Equal(new HashSet<Guid> { SalesEu, SalesEuNorth, SalesEuSouth }, scope.BusinessUnitIds);
        Assert.Contains(ManagerId, scope.OwnerIds);
    }

    [Fact]
    public void ReadScope_Admin_IsUnrestricted()
    {
        Assert.True(Checker.ReadScope(Admin(), Opportunity).IsUnrestricted);
        Assert.True(Checker.ReadScope(Admin(), Suggestion).IsUnrestricted);
    }

    [Fact]
    public void ReadScope_RepOnPractices_IsUnrestrictedThroughContributor()
    {
        Assert.True(Checker.ReadScope(Rep(), BestPractice).IsUnrestricted);
    }

    [Fact]
    public void ReadScope_NoPrivilege_IsNone()
    {
        Assert.True(Checker.ReadScope(User(SalesEuNorth), Opportunity).IsNone);
    }

    [Fact]
    public void ReadScope_OrganizationOwnedTable_IsUnrestrictedOrNone()
    {
        Assert.True(Checker.ReadScope(User(SalesEuNorth, Role(Setting, AccessDepth.User, Privilege.Read)), Setting).IsUnrestricted);
        Assert.True(Checker.ReadScope(User(SalesEuNorth), Setting).IsNone);
    }

    [Fact]
    public void ReadScope_BusinessOwnedTable_UnitsOnly()
    {
        var scope = Checker.ReadScope(User(SalesEu, Role(Team, AccessDepth.ParentChildBusinessUnits, Privilege.Read)), Team);

        Assert.Empty(scope.OwnerIds);
        Assert.Empty(scope.SharePrincipalIds);
        Assert.Equal(3, scope.BusinessUnitIds.Count);
    }

    [Fact]
    public void ReadScope_TeamPrivilegesOnly_LeavesTheUserOutOfOwners()
    {
        var role = new SecurityRole(Guid.NewGuid(), "Team only", [new RolePrivilege("prvReadOpportunity", AccessDepth.User)], inheritance: MemberPrivilegeInheritance.TeamPrivilegesOnly);
        var member = new SecurityPrincipal(Guid.NewGuid(), SalesEuNorth, [], [new SecurityTeam(DealTeamId, SalesEu, role)]);

        var scope = Checker.ReadScope(member, Opportunity);

        Assert.Equal(new HashSet<Guid> { DealTeamId }, scope.OwnerIds);
        Assert.Empty(scope.BusinessUnitIds);
    }

    [Fact]
    public void ScopeFor_EveryPrincipalAndRow_AgreesWithCheckRecordAccess()
    {
        // The query path and the single-row path must never disagree, or a query would return rows a Retrieve refuses.
        var principals = new[] { Rep(new SecurityTeam(DealTeamId, SalesUs)), OtherRep(), Manager(), Admin(), User(SalesEuNorth) };
        var owners = new[] { RepId, OtherRepId, ManagerId, DealTeamId };
        var units = Tree.SelfAndDescendants(Root);
        foreach (var principal in principals)
        {
            foreach (var privilege in Enum.GetValues<Privilege>())
            {
                var scope = Checker.ScopeFor(principal, Opportunity, privilege);
                foreach (var owner in owners)
                {
                    foreach (var unit in units)
                    {
                        var row = owner == DealTeamId ? OwnedByTeam(owner, unit) : OwnedByUser(owner, unit);
                        Assert.Equal(scope.Allows(row), Passes(() => Checker.CheckRecordAccess(principal, Opportunity, privilege, row)));
                    }
                }
            }
        }
    }

    private static bool Passes(Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (SecurityFaultException)
        {
            return false;
        }
    }
}
