using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>Setting lookups (Append on the row holding it, AppendTo on the row it points to) and N:N associations.</summary>
public class AccessCheckerAppendTests
{
    [Fact]
    public void CheckAppend_RepLinksOwnPracticeToOwnDeal_Passes()
    {
        var practice = OwnedByUser(RepId, SalesEuNorth);
        var deal = OwnedByUser(RepId, SalesEuNorth);

        Checker.CheckAppend(Rep(), BestPractice, practice, Opportunity, deal);
    }

    [Fact]
    public void CheckAppend_ReferencedRowOutOfAppendToDepth_FailsOnAppendTo()
    {
        // Salesperson appends to opportunities of the own unit only; Sales EU South is a sibling.
        var practice = OwnedByUser(RepId, SalesEuNorth);
        var deal = OwnedByUser(OtherRepId, SalesEuSouth);

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckAppend(Rep(), BestPractice, practice, Opportunity, deal));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Equal(RecordAccessRights.AppendToAccess, fault.DeniedRight);
        Assert.Contains($"ObjectID: {deal.RecordId:D}", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAppend_ReferencingRowNotOwned_FailsOnAppend()
    {
        var colleaguesPractice = OwnedByUser(OtherRepId, SalesEuNorth);

        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckAppend(Rep(), BestPractice, colleaguesPractice, Opportunity, OwnedByUser(RepId, SalesEuNorth)));

        Assert.Equal(RecordAccessRights.AppendAccess, fault.DeniedRight);
    }

    [Fact]
    public void CheckAppend_NoAppendToPrivilege_ThrowsMissingAppendTo()
    {
        var user = User(SalesEuNorth, Role(Suggestion, AccessDepth.Organization, Privilege.Append));

        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckAppend(user, Suggestion, OwnedByUser(user.UserId, SalesEuNorth), BestPractice, OwnedByUser(RepId, SalesEuNorth)));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("is missing prvAppendTodvs_BestPractice privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAppend_SuggestionOnOwnDealToAnyPractice_PassesForRep()
    {
        // The suggestion is the rep's (it follows the deal); practices are appended to organization-wide.
        Checker.CheckAppend(Rep(), Suggestion, OwnedByUser(RepId, SalesEuNorth), BestPractice, OwnedByUser(ManagerId, SalesEu));
        Checker.CheckAppend(Rep(), Suggestion, OwnedByUser(RepId, SalesEuNorth), Opportunity, OwnedByUser(RepId, SalesEuNorth));
    }

    [Fact]
    public void CheckAssociate_ManagerCreditsContributorInTheirTree_Passes()
    {
        Checker.CheckAssociate(Manager(), BestPractice, OwnedByUser(RepId, SalesEuNorth), SystemUser, RecordSecurityInfo.InBusinessUnit(RepId, SalesEuNorth));
    }

    [Fact]
    public void CheckAssociate_RepWithoutAppendOnUsers_ThrowsMissingPrivilege()
    {
        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckAssociate(Rep(), BestPractice, OwnedByUser(RepId, SalesEuNorth), SystemUser, RecordSecurityInfo.InBusinessUnit(OtherRepId, SalesEuNorth)));

        Assert.Contains("is missing prvAppendUser privilege", fault.Message, StringComparison.Ordinal);
        Assert.Contains("on OTC=8 for entity 'systemuser'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAssociate_ManagerCreditsUserOutsideTheirTree_FailsOnAppend()
    {
        var fault = Assert.Throws<SecurityFaultException>(() =>
            Checker.CheckAssociate(Manager(), BestPractice, OwnedByUser(RepId, SalesEuNorth), SystemUser, RecordSecurityInfo.InBusinessUnit(Guid.NewGuid(), SalesUs)));

        Assert.Equal(RecordAccessRights.AppendAccess, fault.DeniedRight);
    }
}
