using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class RolePrivilegeTests
{
    [Fact]
    public void TablePrivilege_TablePrivilegeName_IsParsed()
    {
        Assert.Equal(new PrivilegeName(Privilege.AppendTo, "dvs_BestPractice"), new RolePrivilege("prvAppendTodvs_BestPractice", AccessDepth.Organization).TablePrivilege);
    }

    [Fact]
    public void TablePrivilege_MiscellaneousPrivilege_IsNull()
    {
        Assert.Null(new RolePrivilege("prvExportToExcel", AccessDepth.Organization).TablePrivilege);
    }
}
