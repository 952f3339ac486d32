using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>The access check on one row, at every depth, for user-, team-, business- and organization-owned rows.</summary>
public class AccessCheckerRecordAccessTests
{
    private static SecurityPrincipal Reader(Guid unit, AccessDepth depth) => User(unit, Role(Opportunity, depth, Privilege.Read));

    [Fact]
    public void CheckRecordAccess_UserDepthOwnRow_Passes()
    {
        var user = Reader(SalesEuNorth, AccessDepth.User);

        Checker.CheckRecordAccess(user, Opportunity, Privilege.Read, OwnedByUser(user.UserId, SalesEuNorth));
    }

    [Fact]
    public void CheckRecordAccess_UserDepthColleaguesRowInSameUnit_ThrowsAccessCheckFailedWithDataversesMessage()
    {
        var user = Reader(SalesEuNorth, AccessDepth.User);
        var row = OwnedByUser(OtherRepId, SalesEuNorth);

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(user, Opportunity, Privilege.Read, row));

        Assert.Equal(-2147187962, fault.ErrorCode);
        Assert.Equal(RecordAccessRights.ReadAccess, fault.DeniedRight);
        Assert.Equal(
            $"SecLib::AccessCheckEx failed. Returned hr = -2147187962, ObjectID: {row.RecordId:D}, OwnerId: {OtherRepId:D},  OwnerIdType: 8 and CallingUser: {user.UserId:D}. ObjectTypeCode: 3, objectBusinessUnitId: {SalesEuNorth:D}, AccessRights: ReadAccess ",
            fault.Message);
    }

    [Fact]
    public void CheckRecordAccess_UserDepthRowOwnedByUsersTeam_Passes()
    {
        var user = new SecurityPrincipal(Guid.NewGuid(), SalesEuNorth, [Role(Opportunity, AccessDepth.User, Privilege.Read)], [new SecurityTeam(DealTeamId, SalesUs)]);

        Checker.CheckRecordAccess(user, Opportunity, Privilege.Read, OwnedByTeam(DealTeamId, SalesUs));
    }

    [Fact]
    public void CheckRecordAccess_RowOwnedByAnotherTeam_ThrowsWithTeamOwnerType()
    {
        var user = Reader(SalesEuNorth, AccessDepth.User);

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(user, Opportunity, Privilege.Read, OwnedByTeam(DealTeamId, SalesEuNorth)));

        Assert.Contains($"OwnerId: {DealTeamId:D},  OwnerIdType: 9 and", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AccessDepth.BusinessUnit, "10000000-0000-0000-0000-000000000002", true)]
    [InlineData(AccessDepth.BusinessUnit, "10000000-0000-0000-0000-000000000003", false)]
    [InlineData(AccessDepth.BusinessUnit, "10000000-0000-0000-0000-000000000001", false)]
    [InlineData(AccessDepth.ParentChildBusinessUnits, "10000000-0000-0000-0000-000000000002", true)]
    [InlineData(AccessDepth.ParentChildBusinessUnits, "10000000-0000-0000-0000-000000000003", true)]
    [InlineData(AccessDepth.ParentChildBusinessUnits, "10000000-0000-0000-0000-000000000004", true)]
    [InlineData(AccessDepth.ParentChildBusinessUnits, "10000000-0000-0000-0000-000000000001", false)]
    [InlineData(AccessDepth.ParentChildBusinessUnits, "10000000-0000-0000-0000-000000000005", false)]
    [InlineData(AccessDepth.Organization, "10000000-0000-0000-0000-000000000005", true)]
    [InlineData(AccessDepth.Organization, "10000000-0000-0000-0000-000000000001", true)]
    public void CanAccess_UserInSalesEuColleaguesRow_DependsOnDepthAndRowsUnit(AccessDepth depth, string rowUnit, bool expected)
    {
        var user = Reader(SalesEu, depth);

        Assert.Equal(expected, Checker.CanAccess(user, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, new Guid(rowUnit))));
    }

    [Fact]
    public void CheckRecordAccess_NoPrivilege_ThrowsMissingPrivilegeBeforeLookingAtTheRow()
    {
        var user = Reader(SalesEuNorth, AccessDepth.Organization);

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(user, Opportunity, Privilege.Write, OwnedByUser(user.UserId, SalesEuNorth)));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
    }

    [Fact]
    public void CheckRecordAccess_OrganizationOwnedRowWithAnyGrant_Passes()
    {
        var user = User(SalesEuNorth, Role(Setting, AccessDepth.User, Privilege.Read));

        Checker.CheckRecordAccess(user, Setting, Privilege.Read, RecordSecurityInfo.OrganizationOwned(Guid.NewGuid()));
    }

    [Fact]
    public void CheckRecordAccess_BusinessOwnedRowOutsideUnit_Throws()
    {
        var user = User(SalesEuNorth, Role(SystemUser, AccessDepth.BusinessUnit, Privilege.Read));

        Checker.CheckRecordAccess(user, SystemUser, Privilege.Read, RecordSecurityInfo.InBusinessUnit(Guid.NewGuid(), SalesEuNorth));
        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckRecordAccess(user, SystemUser, Privilege.Read, RecordSecurityInfo.InBusinessUnit(Guid.NewGuid(), SalesUs)));
        Assert.Contains("OwnerIdType: 10", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckRecordAccess_RowSharedWithUser_PassesDespiteDepth()
    {
        var user = Reader(SalesEuNorth, AccessDepth.User);
        var row = OwnedByUser(OtherRepId, SalesUs) with { Shares = [new RecordShare(user.UserId, RecordAccessRights.ReadAccess)] };

        Checker.CheckRecordAccess(user, Opportunity, Privilege.Read, row);
    }

    [Fact]
    public void CheckRecordAccess_RowSharedWithUsersTeam_Passes()
    {
        var user = new SecurityPrincipal(Guid.NewGuid(), SalesEuNorth, [Role(Opportunity, AccessDepth.User, Privilege.Read)], [new SecurityTeam(DealTeamId, SalesEuNorth)]);
        var row = OwnedByUser(OtherRepId, SalesUs) with { Shares = [new RecordShare(DealTeamId, RecordAccessRights.ReadAccess | RecordAccessRights.WriteAccess)] };

        Checker.CheckRecordAccess(user, Opportunity, Privilege.Read, row);
    }

    [Fact]
    public void CheckRecordAccess_ShareOfAnotherRight_Throws()
    {
        var user = User(SalesEuNorth, Role(Opportunity, AccessDepth.User, Privilege.Read, Privilege.Write));
        var row = OwnedByUser(OtherRepId, SalesUs) with { Shares = [new RecordShare(user.UserId, RecordAccessRights.ReadAccess)] };

        Checker.CheckRecordAccess(user, Opportunity, Privilege.Read, row);
        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(user, Opportunity, Privilege.Write, row));
        Assert.EndsWith("AccessRights: WriteAccess ", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckRecordAccess_SharedButPrivilegeNotHeld_ThrowsMissingPrivilege()
    {
        // A share never gives more than the grantee's roles: without prvWriteOpportunity a Write share is useless.
        var user = Reader(SalesEuNorth, AccessDepth.User);
        var row = OwnedByUser(OtherRepId, SalesUs) with { Shares = [new RecordShare(user.UserId, RecordAccessRights.WriteAccess)] };

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(user, Opportunity, Privilege.Write, row));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
    }
}
