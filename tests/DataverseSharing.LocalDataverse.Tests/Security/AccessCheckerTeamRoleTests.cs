using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>Roles held through owner teams: measured from the team, and the "Member's privilege inheritance" setting.</summary>
public class AccessCheckerTeamRoleTests
{
    private static SecurityRole TeamRole(AccessDepth depth, MemberPrivilegeInheritance inheritance) =>
        new(Guid.NewGuid(), "Deal team", [new RolePrivilege("prvReadOpportunity", depth), new RolePrivilege("prvCreateOpportunity", depth)], inheritance: inheritance);

    private static SecurityPrincipal Member(Guid teamUnit, SecurityRole role) =>
        new(Guid.NewGuid(), SalesEuNorth, [], [new SecurityTeam(DealTeamId, teamUnit, role)]);

    [Fact]
    public void CanAccess_TeamPrivilegesOnlyUserDepth_ReachesTeamRowsButNotTheMembersOwn()
    {
        var member = Member(SalesEu, TeamRole(AccessDepth.User, MemberPrivilegeInheritance.TeamPrivilegesOnly));

        Assert.True(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByTeam(DealTeamId, SalesEu)));
        Assert.False(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByUser(member.UserId, SalesEuNorth)));
    }

    [Fact]
    public void CheckRecordAccess_TeamPrivilegesOnlyCreateOwnedByMember_Throws()
    {
        // Team members without privileges of their own can create rows owned by the team, not by themselves.
        var member = Member(SalesEu, TeamRole(AccessDepth.User, MemberPrivilegeInheritance.TeamPrivilegesOnly));

        Checker.CheckRecordAccess(member, Opportunity, Privilege.Create, OwnedByTeam(DealTeamId, SalesEu));
        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckRecordAccess(member, Opportunity, Privilege.Create, OwnedByUser(member.UserId, SalesEuNorth)));
        Assert.EndsWith("AccessRights: CreateAccess ", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanAccess_DirectUserBasicInheritance_ReachesTheMembersOwnRows()
    {
        var member = Member(SalesEu, TeamRole(AccessDepth.User, MemberPrivilegeInheritance.DirectUserBasicAndTeam));

        Assert.True(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByUser(member.UserId, SalesEuNorth)));
        Assert.True(Checker.CanAccess(member, Opportunity, Privilege.Create, OwnedByUser(member.UserId, SalesEuNorth)));
        Assert.False(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesEuNorth)));
    }

    [Fact]
    public void CanAccess_TeamRoleBusinessUnitDepth_OpensTheTeamsUnitNotTheMembers()
    {
        var member = Member(SalesUs, TeamRole(AccessDepth.BusinessUnit, MemberPrivilegeInheritance.TeamPrivilegesOnly));

        Assert.True(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesUs)));
        Assert.False(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesEuNorth)));
    }

    [Fact]
    public void CanAccess_TeamRoleDeep_OpensTheTeamsUnitAndBelow()
    {
        var member = new SecurityPrincipal(Guid.NewGuid(), SalesUs, [], [new SecurityTeam(DealTeamId, SalesEu, TeamRole(AccessDepth.ParentChildBusinessUnits, MemberPrivilegeInheritance.TeamPrivilegesOnly))]);

        Assert.True(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesEuSouth)));
        Assert.False(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesUs)));
    }

    [Fact]
    public void CanAccess_RowOwnedByMembersOtherTeam_AnyDepthIsEnough()
    {
        // Ownership: a member of the owning team has access once the privilege check has passed, whatever the depth.
        var accessTeam = Guid.NewGuid();
        var member = new SecurityPrincipal(Guid.NewGuid(), SalesEuNorth, [],
            [new SecurityTeam(DealTeamId, SalesUs, TeamRole(AccessDepth.BusinessUnit, MemberPrivilegeInheritance.TeamPrivilegesOnly)), new SecurityTeam(accessTeam, SalesEuSouth)]);

        Assert.True(Checker.CanAccess(member, Opportunity, Privilege.Read, OwnedByTeam(accessTeam, SalesEuSouth)));
    }

    [Fact]
    public void CanAccess_UsersOwnRoleAndTeamRole_UnionOfBoth()
    {
        var rep = Rep(new SecurityTeam(DealTeamId, SalesUs, TeamRole(AccessDepth.BusinessUnit, MemberPrivilegeInheritance.TeamPrivilegesOnly)));

        Assert.True(Checker.CanAccess(rep, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesEuNorth)));
        Assert.True(Checker.CanAccess(rep, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesUs)));
        Assert.False(Checker.CanAccess(rep, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesEuSouth)));
    }
}
