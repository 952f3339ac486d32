using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>
/// The package's roles at work across the sales organization: what a rep (Sales EU North), a manager (Sales EU)
/// and an admin (root) can and cannot do with practices, suggestions and deals.
/// </summary>
public class PackageRoleScenarioTests
{
    private static readonly RecordSecurityInfo RepsDraft = OwnedByUser(RepId, SalesEuNorth);
    private static readonly RecordSecurityInfo ColleaguesDraft = OwnedByUser(OtherRepId, SalesEuSouth);
    private static readonly RecordSecurityInfo UsPractice = OwnedByUser(Guid.NewGuid(), SalesUs);
    private static readonly RecordSecurityInfo RepsSuggestion = OwnedByUser(RepId, SalesEuNorth);

    [Fact]
    public void Rep_ReadsPracticesFromAnyUnit()
    {
        Checker.CheckRecordAccess(Rep(), BestPractice, Privilege.Read, UsPractice);
        Checker.CheckRecordAccess(Rep(), BestPractice, Privilege.Read, ColleaguesDraft);
    }

    [Fact]
    public void Rep_CreatesAndRevisesOwnDraft()
    {
        Checker.CheckRecordAccess(Rep(), BestPractice, Privilege.Create, RepsDraft);
        Checker.CheckRecordAccess(Rep(), BestPractice, Privilege.Write, RepsDraft);
    }

    [Fact]
    public void Rep_ChangesColleaguesPractice_AccessCheckFails()
    {
        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(Rep(), BestPractice, Privilege.Write, ColleaguesDraft));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
    }

    [Fact]
    public void Rep_CreatesPracticeOwnedByColleague_AccessCheckFails()
    {
        Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(Rep(), BestPractice, Privilege.Create, ColleaguesDraft));
    }

    [Fact]
    public void Rep_DeletesPractice_MissingPrivilege()
    {
        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(Rep(), BestPractice, Privilege.Delete, RepsDraft));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
    }

    [Fact]
    public void Rep_RatesSuggestionOnOwnDealButNotOnColleagues()
    {
        Checker.CheckRecordAccess(Rep(), Suggestion, Privilege.Write, RepsSuggestion);
        Checker.CheckRecordAccess(Rep(), Suggestion, Privilege.Read, OwnedByUser(OtherRepId, SalesEuNorth));

        Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(Rep(), Suggestion, Privilege.Write, OwnedByUser(OtherRepId, SalesEuNorth)));
        Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(Rep(), Suggestion, Privilege.Read, OwnedByUser(OtherRepId, SalesEuSouth)));
    }

    [Fact]
    public void RepWithContributorOnly_SeesOwnDealsOnly()
    {
        var rep = new SecurityPrincipal(RepId, SalesEuNorth, [PackageRoles.Get(PackageRoles.Contributor)]);

        Checker.CheckRecordAccess(rep, Opportunity, Privilege.Read, OwnedByUser(RepId, SalesEuNorth));
        Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(rep, Opportunity, Privilege.Read, OwnedByUser(OtherRepId, SalesEuNorth)));
        Assert.Equal(new HashSet<Guid> { RepId }, Checker.ReadScope(rep, Opportunity).OwnerIds);
    }

    [Fact]
    public void Manager_ApprovesPracticesInUnitAndBelowOnly()
    {
        Checker.CheckRecordAccess(Manager(), BestPractice, Privilege.Write, RepsDraft);
        Checker.CheckRecordAccess(Manager(), BestPractice, Privilege.Write, ColleaguesDraft);

        var fault = Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(Manager(), BestPractice, Privilege.Write, UsPractice));
        Assert.EndsWith("AccessRights: WriteAccess ", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manager_SetsThemselvesAsApprover()
    {
        Checker.CheckAppend(Manager(), BestPractice, RepsDraft, SystemUser, RecordSecurityInfo.InBusinessUnit(ManagerId, SalesEu));
    }

    [Fact]
    public void Manager_TagsClosedDealsBelowTheirUnitAsPracticeSources()
    {
        Checker.CheckRecordAccess(Manager(), Opportunity, Privilege.Write, OwnedByUser(OtherRepId, SalesEuSouth));
        Checker.CheckAppend(Manager(), BestPractice, OwnedByUser(ManagerId, SalesEu), Opportunity, OwnedByUser(OtherRepId, SalesEuSouth));

        Assert.Throws<SecurityFaultException>(() => Checker.CheckRecordAccess(Manager(), Opportunity, Privilege.Write, OwnedByUser(Guid.NewGuid(), SalesUs)));
    }

    [Fact]
    public void Manager_ReadsSuggestionsAcrossTheirTreeForEffectiveness()
    {
        var scope = Checker.ReadScope(Manager(), Suggestion);

        Assert.Equal(new HashSet<Guid> { SalesEu, SalesEuNorth, SalesEuSouth }, scope.BusinessUnitIds);
        Assert.False(scope.Allows(OwnedByUser(Guid.NewGuid(), SalesUs)));
    }

    [Fact]
    public void Admin_DoesEverythingEverywhere()
    {
        foreach (var privilege in Enum.GetValues<Privilege>())
        {
            Checker.CheckRecordAccess(Admin(), BestPractice, privilege, UsPractice);
            Checker.CheckRecordAccess(Admin(), Suggestion, privilege, RepsSuggestion);
        }

        Checker.CheckAssign(Admin(), BestPractice, UsPractice, Rep());
    }

    [Fact]
    public void PracticeAdministratorWithoutSystemAdministrator_StillOwnsThePackageTables()
    {
        var admin = new SecurityPrincipal(AdminId, Root, [PackageRoles.Get(PackageRoles.Administrator)]);

        Checker.CheckRecordAccess(admin, BestPractice, Privilege.Delete, UsPractice);
        Assert.True(Checker.ReadScope(admin, Suggestion).IsUnrestricted);
        Assert.Throws<SecurityFaultException>(() => Checker.CheckPrivilege(admin, Opportunity, Privilege.Delete));
    }
}
