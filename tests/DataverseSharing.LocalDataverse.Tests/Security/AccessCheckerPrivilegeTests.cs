using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>The privilege check: is the privilege held at any depth, through any role.</summary>
public class AccessCheckerPrivilegeTests
{
    [Fact]
    public void CheckPrivilege_NoRoles_ThrowsMissingPrivilegeWithDataversesMessage()
    {
        var user = User(SalesEuNorth);

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckPrivilege(user, Opportunity, Privilege.Read));

        var privilegeId = new PrivilegeName(Privilege.Read, "Opportunity").Id;
        Assert.Equal(-2147220960, fault.ErrorCode);
        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Equal(
            $"Principal user (Id={user.UserId:D}, type=8, roleCount=0, privilegeCount=0, accessMode=0), is missing prvReadOpportunity privilege (Id={privilegeId:D}) on OTC=3 for entity 'opportunity'. context.Caller={user.UserId:D}",
            fault.Message);
        Assert.Equal(new PrivilegeName(Privilege.Read, "Opportunity"), fault.Privilege);
    }

    [Fact]
    public void CheckPrivilege_RolesWithoutThePrivilege_CountsRolesAndPrivilegesInTheMessage()
    {
        var rep = Rep();

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckPrivilege(rep, BestPractice, Privilege.Delete));

        var privileges = StandardRoles.Salesperson.PrivilegeCount + PackageRoles.Get(PackageRoles.Contributor).PrivilegeCount;
        Assert.StartsWith($"Principal user (Id={RepId:D}, type=8, roleCount=2, privilegeCount={privileges}, accessMode=0), is missing prvDeletedvs_BestPractice privilege", fault.Message, StringComparison.Ordinal);
        Assert.Contains($"on OTC={ObjectTypeCodes.For("dvs_bestpractice")} for entity 'dvs_bestpractice'.", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPrivilege_PrivilegeOnlyThroughTeamRole_Passes()
    {
        var member = new SecurityPrincipal(Guid.NewGuid(), SalesEuNorth, [], [new SecurityTeam(DealTeamId, SalesEu, Role(Opportunity, AccessDepth.User, Privilege.Read))]);

        Checker.CheckPrivilege(member, Opportunity, Privilege.Read);

        Assert.True(Checker.HasPrivilege(member, Opportunity, Privilege.Read));
        Assert.False(Checker.HasPrivilege(member, Opportunity, Privilege.Write));
    }

    [Fact]
    public void CheckPrivilege_SystemAdministrator_PassesOnAnyTable()
    {
        var admin = User(Root, StandardRoles.SystemAdministrator);

        foreach (var privilege in Enum.GetValues<Privilege>())
        {
            Checker.CheckPrivilege(admin, Setting, privilege);
            Checker.CheckPrivilege(admin, Suggestion, privilege);
        }

        Assert.Equal(AccessDepth.Organization, Checker.HighestDepth(admin, Team, Privilege.Write));
    }

    [Fact]
    public void HighestDepth_SeveralRoles_TheDeepestWins()
    {
        // Salesperson reads opportunities at Business Unit, Practice Contributor at User.
        Assert.Equal(AccessDepth.BusinessUnit, Checker.HighestDepth(Rep(), Opportunity, Privilege.Read));
        Assert.Equal(AccessDepth.ParentChildBusinessUnits, Checker.HighestDepth(Manager(), Opportunity, Privilege.Read));
        Assert.Equal(AccessDepth.Organization, Checker.HighestDepth(Admin(), Opportunity, Privilege.Read));
        Assert.Equal(AccessDepth.None, Checker.HighestDepth(Rep(), BestPractice, Privilege.Delete));
    }

    [Fact]
    public void HighestDepth_TeamRoleDeeperThanOwnRoles_Wins()
    {
        var rep = Rep(new SecurityTeam(DealTeamId, SalesUs, Role(Opportunity, AccessDepth.Organization, Privilege.Read)));

        Assert.Equal(AccessDepth.Organization, Checker.HighestDepth(rep, Opportunity, Privilege.Read));
    }

    [Fact]
    public void HighestDepth_OrganizationOwnedTable_AnyGrantIsOrganization()
    {
        var user = User(SalesEuNorth, Role(Setting, AccessDepth.User, Privilege.Read));

        Assert.Equal(AccessDepth.Organization, Checker.HighestDepth(user, Setting, Privilege.Read));
    }

    [Fact]
    public void CheckPrivilege_OrganizationOwnedTableWithoutGrant_Throws()
    {
        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckPrivilege(Rep(), Setting, Privilege.Read));

        Assert.Contains("is missing prvReaddvs_Setting privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPrivilege_TableWithoutOwnership_PassesWithoutRoles()
    {
        var user = User(SalesEuNorth);

        Checker.CheckPrivilege(user, Contributors, Privilege.Create);

        Assert.Equal(AccessDepth.Organization, Checker.HighestDepth(user, Contributors, Privilege.Read));
    }

    [Fact]
    public void HighestDepth_BusinessOwnedTableUserDepth_IsBusinessUnit()
    {
        var user = User(SalesEuNorth, Role(SystemUser, AccessDepth.User, Privilege.Read));

        Assert.Equal(AccessDepth.BusinessUnit, Checker.HighestDepth(user, SystemUser, Privilege.Read));
    }
}
