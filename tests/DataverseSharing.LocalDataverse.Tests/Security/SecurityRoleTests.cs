using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class SecurityRoleTests
{
    private static SecurityRole Role(params RolePrivilege[] privileges) => new(Guid.NewGuid(), "Test", privileges);

    [Fact]
    public void DepthFor_GrantedPrivilege_ReturnsItsDepthWhateverTheCasing()
    {
        var role = Role(new RolePrivilege("prvReaddvs_BestPractice", AccessDepth.Organization));

        Assert.Equal(AccessDepth.Organization, role.DepthFor(BestPractice, Privilege.Read));
        Assert.Equal(AccessDepth.Organization, role.DepthFor(new PrivilegeName(Privilege.Read, "DVS_BESTPRACTICE")));
    }

    [Fact]
    public void DepthFor_PrivilegeNotGranted_IsNone()
    {
        var role = Role(new RolePrivilege("prvReaddvs_BestPractice", AccessDepth.Organization));

        Assert.Equal(AccessDepth.None, role.DepthFor(BestPractice, Privilege.Write));
        Assert.Equal(AccessDepth.None, role.DepthFor(Opportunity, Privilege.Read));
    }

    [Fact]
    public void DepthFor_SystemAdministrator_IsOrganizationForAnyTable()
    {
        Assert.Equal(AccessDepth.Organization, StandardRoles.SystemAdministrator.DepthFor(Setting, Privilege.Delete));
        Assert.Equal(AccessDepth.Organization, StandardRoles.SystemAdministrator.DepthFor(new PrivilegeName(Privilege.Share, "anything")));
    }

    [Fact]
    public void Constructor_NonTablePrivilege_IsKeptButGrantsNoTable()
    {
        var role = Role(new RolePrivilege("prvExportToExcel", AccessDepth.Organization), new RolePrivilege("prvReadAccount", AccessDepth.BusinessUnit));

        Assert.Equal(2, role.Privileges.Count);
        Assert.Equal(2, role.PrivilegeCount);
        Assert.Equal(["Account"], role.TableNames);
    }

    [Fact]
    public void Constructor_SamePrivilegeTwice_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Role(
            new RolePrivilege("prvReadAccount", AccessDepth.User), new RolePrivilege("prvreadaccount", AccessDepth.Organization)));

        Assert.Contains("prvreadaccount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Defaults_DirectUserBasicInheritanceAndNoBusinessUnit()
    {
        var role = Role();

        Assert.Equal(MemberPrivilegeInheritance.DirectUserBasicAndTeam, role.Inheritance);
        Assert.Null(role.BusinessUnitId);
        Assert.False(role.IsSystemAdministrator);
        Assert.Equal("Test", role.ToString());
    }

    [Fact]
    public void PrivilegeCount_NoneDepth_IsNotCounted()
    {
        Assert.Equal(0, Role(new RolePrivilege("prvReadAccount", AccessDepth.None)).PrivilegeCount);
    }
}
