using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class SecurityPrincipalTests
{
    [Fact]
    public void IsSystemAdministrator_RoleThroughTeam_IsTrue()
    {
        var principal = new SecurityPrincipal(RepId, SalesEuNorth, [], [new SecurityTeam(DealTeamId, SalesEu, StandardRoles.SystemAdministrator)]);

        Assert.True(principal.IsSystemAdministrator);
        Assert.False(Rep().IsSystemAdministrator);
        Assert.True(Admin().IsSystemAdministrator);
    }

    [Fact]
    public void AllRoles_SameRoleDirectAndThroughTeam_IsCountedOnce()
    {
        var principal = new SecurityPrincipal(RepId, SalesEuNorth, [StandardRoles.Salesperson], [new SecurityTeam(DealTeamId, SalesEu, StandardRoles.Salesperson, StandardRoles.SalesManager)]);

        Assert.Equal([StandardRoles.Salesperson, StandardRoles.SalesManager], principal.AllRoles);
    }

    [Fact]
    public void PrincipalIds_UserWithTeams_IsUserThenTeams()
    {
        var principal = Rep(new SecurityTeam(DealTeamId, SalesEu));

        Assert.Equal([RepId, DealTeamId], principal.PrincipalIds);
        Assert.True(principal.IsMemberOf(DealTeamId));
        Assert.False(principal.IsMemberOf(Guid.NewGuid()));
    }
}
