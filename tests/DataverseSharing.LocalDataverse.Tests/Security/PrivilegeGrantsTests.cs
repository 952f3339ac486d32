using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class PrivilegeGrantsTests
{
    [Fact]
    public void Of_OwnRoles_ActAsTheUserFromTheUsersUnit()
    {
        var grants = PrivilegeGrants.Of(Rep(), Opportunity, Privilege.Read);

        Assert.Equal(2, grants.Count);
        Assert.All(grants, g => Assert.True(g.ActsAsUser));
        Assert.All(grants, g => Assert.Equal(SalesEuNorth, g.BusinessUnitId));
        Assert.Equal(
            [(AccessDepth.BusinessUnit, "Salesperson"), (AccessDepth.User, PackageRoles.Contributor)],
            grants.Select(g => (g.Depth, g.RoleName)));
    }

    [Fact]
    public void Of_TeamRoleWithDirectUserBasic_ActsAsTheTeamAndAsTheUserAtUserDepth()
    {
        var rep = new SecurityPrincipal(RepId, SalesEuNorth, [], [new SecurityTeam(DealTeamId, SalesUs, Role(Opportunity, AccessDepth.BusinessUnit, Privilege.Read))]);

        var grants = PrivilegeGrants.Of(rep, Opportunity, Privilege.Read);

        Assert.Equal(2, grants.Count);
        Assert.Equal(new PrivilegeGrant(AccessDepth.BusinessUnit, DealTeamId, SalesUs, grants[0].RoleName), grants[0]);
        Assert.Equal(new PrivilegeGrant(AccessDepth.User, null, SalesEuNorth, grants[0].RoleName), grants[1]);
    }

    [Fact]
    public void Of_TeamRoleWithTeamPrivilegesOnly_ActsOnlyAsTheTeam()
    {
        var role = new SecurityRole(Guid.NewGuid(), "Team only", [new RolePrivilege("prvReadOpportunity", AccessDepth.User)], inheritance: MemberPrivilegeInheritance.TeamPrivilegesOnly);
        var rep = new SecurityPrincipal(RepId, SalesEuNorth, [], [new SecurityTeam(DealTeamId, SalesUs, role)]);

        var grant = Assert.Single(PrivilegeGrants.Of(rep, Opportunity, Privilege.Read));

        Assert.Equal(DealTeamId, grant.TeamId);
        Assert.False(grant.ActsAsUser);
    }

    [Fact]
    public void Of_Team_OnlyItsOwnRoles()
    {
        var team = new SecurityTeam(DealTeamId, SalesEu, StandardRoles.Salesperson);

        var grant = Assert.Single(PrivilegeGrants.Of(team, Opportunity, Privilege.Read));

        Assert.Equal(new PrivilegeGrant(AccessDepth.BusinessUnit, DealTeamId, SalesEu, "Salesperson"), grant);
        Assert.Empty(PrivilegeGrants.Of(team, BestPractice, Privilege.Read));
    }
}
