using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class AccessCheckerShareTests
{
    [Fact]
    public void CheckShare_RepSharesOwnDraftForReview_Passes()
    {
        Checker.CheckShare(Rep(), BestPractice, OwnedByUser(RepId, SalesEuNorth), RecordAccessRights.ReadAccess | RecordAccessRights.WriteAccess);
    }

    [Fact]
    public void CheckShare_RightTheSharerLacks_ThrowsForThatRight()
    {
        // A rep cannot delete practices, so cannot hand on Delete either.
        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckShare(Rep(), BestPractice, OwnedByUser(RepId, SalesEuNorth), RecordAccessRights.ReadAccess | RecordAccessRights.DeleteAccess));

        Assert.Contains("is missing prvDeletedvs_BestPractice privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckShare_ColleaguesPractice_ThrowsAccessCheckFailedOnShare()
    {
        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckShare(Rep(), BestPractice, OwnedByUser(OtherRepId, SalesEuNorth), RecordAccessRights.ReadAccess));

        Assert.Equal(RecordAccessRights.ShareAccess, fault.DeniedRight);
    }

    [Fact]
    public void CheckShare_ManagerSharesPracticeBelowTheirUnit_Passes()
    {
        Checker.CheckShare(Manager(), BestPractice, OwnedByUser(RepId, SalesEuNorth), RecordAccessRights.ReadAccess | RecordAccessRights.WriteAccess | RecordAccessRights.AppendToAccess);
    }

    [Fact]
    public void CheckShare_BusinessOwnedTable_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Checker.CheckShare(Admin(), Team, RecordSecurityInfo.InBusinessUnit(DealTeamId, SalesEu), RecordAccessRights.ReadAccess));
    }
}
