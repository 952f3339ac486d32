using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class AccessCheckerAssignTests
{
    [Fact]
    public void CheckAssign_RepGivesOwnDealToColleague_Passes()
    {
        Checker.CheckAssign(Rep(), Opportunity, OwnedByUser(RepId, SalesEuNorth), OtherRep());
    }

    [Fact]
    public void CheckAssign_RepGivesColleaguesDeal_ThrowsAccessCheckFailedOnAssign()
    {
        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckAssign(Rep(), Opportunity, OwnedByUser(OtherRepId, SalesEuNorth), Manager()));

        Assert.Equal(RecordAccessRights.AssignAccess, fault.DeniedRight);
        Assert.EndsWith("AccessRights: AssignAccess ", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAssign_ManagerReassignsPracticeBelowTheirUnit_Passes()
    {
        Checker.CheckAssign(Manager(), BestPractice, OwnedByUser(RepId, SalesEuNorth), OtherRep());
    }

    [Fact]
    public void CheckAssign_RepCannotAssignPractices_ThrowsMissingPrivilege()
    {
        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckAssign(Rep(), BestPractice, OwnedByUser(RepId, SalesEuNorth), OtherRep()));

        Assert.Contains("is missing prvAssigndvs_BestPractice privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAssign_NewOwnerCannotRead_ThrowsNamingTheOwnerAndTheCaller()
    {
        var newOwner = User(SalesEuNorth, Role(Account, AccessDepth.Organization, Privilege.Read));

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckAssign(Rep(), Opportunity, OwnedByUser(RepId, SalesEuNorth), newOwner));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.StartsWith($"Read Privilege Check For Owner failed with exception: Principal user (Id={newOwner.UserId:D}, type=8, roleCount=1, privilegeCount=1, accessMode=0), is missing prvReadOpportunity privilege", fault.Message, StringComparison.Ordinal);
        Assert.EndsWith($"context.Caller={RepId:D}", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAssign_TeamWithReadRole_Passes()
    {
        Checker.CheckAssign(Rep(), Opportunity, OwnedByUser(RepId, SalesEuNorth), new SecurityTeam(DealTeamId, SalesEuNorth, StandardRoles.Salesperson));
    }

    [Fact]
    public void CheckAssign_TeamWithoutRoles_ThrowsNamingTheTeam()
    {
        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckAssign(Rep(), Opportunity, OwnedByUser(RepId, SalesEuNorth), new SecurityTeam(DealTeamId, SalesEuNorth)));

        Assert.Contains($"Principal team (Id={DealTeamId:D}, type=9, roleCount=0, privilegeCount=0, accessMode=0)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAssign_OrganizationOwnedTable_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => Checker.CheckAssign(Admin(), Setting, RecordSecurityInfo.OrganizationOwned(Guid.NewGuid()), Manager()));

        Assert.Contains("dvs_setting", error.Message, StringComparison.Ordinal);
    }
}
