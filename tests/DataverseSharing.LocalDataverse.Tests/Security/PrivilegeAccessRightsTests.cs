using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class PrivilegeAccessRightsTests
{
    [Theory]
    [InlineData(Privilege.Read, RecordAccessRights.ReadAccess, 1)]
    [InlineData(Privilege.Write, RecordAccessRights.WriteAccess, 2)]
    [InlineData(Privilege.Append, RecordAccessRights.AppendAccess, 4)]
    [InlineData(Privilege.AppendTo, RecordAccessRights.AppendToAccess, 16)]
    [InlineData(Privilege.Create, RecordAccessRights.CreateAccess, 32)]
    [InlineData(Privilege.Delete, RecordAccessRights.DeleteAccess, 65536)]
    [InlineData(Privilege.Share, RecordAccessRights.ShareAccess, 262144)]
    [InlineData(Privilege.Assign, RecordAccessRights.AssignAccess, 524288)]
    public void ToAccessRight_EachPrivilege_HasDataversesValue(Privilege privilege, object right, int value)
    {
        Assert.Equal((RecordAccessRights)right, privilege.ToAccessRight());
        Assert.Equal(value, (int)(RecordAccessRights)right);
    }

    [Fact]
    public void ToPrivileges_Combination_ListsEachPrivilege()
    {
        var privileges = (RecordAccessRights.ReadAccess | RecordAccessRights.WriteAccess | RecordAccessRights.ShareAccess).ToPrivileges();

        Assert.Equal([Privilege.Read, Privilege.Write, Privilege.Share], privileges);
    }

    [Fact]
    public void ToPrivileges_None_IsEmpty()
    {
        Assert.Empty(RecordAccessRights.None.ToPrivileges());
    }
}
