using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class AccessScopeTests
{
    private static readonly Guid Someone = Guid.NewGuid();

    [Fact]
    public void Allows_Restricted_MatchesOwnerOrUnitOrShare()
    {
        var scope = AccessScope.Restricted(RecordAccessRights.ReadAccess, [RepId], [SalesEu], [RepId, DealTeamId]);

        Assert.True(scope.Allows(OwnedByUser(RepId, SalesUs)));
        Assert.True(scope.Allows(OwnedByUser(Someone, SalesEu)));
        Assert.True(scope.Allows(OwnedByUser(Someone, SalesUs) with { Shares = [new RecordShare(DealTeamId, RecordAccessRights.ReadAccess)] }));
        Assert.False(scope.Allows(OwnedByUser(Someone, SalesUs) with { Shares = [new RecordShare(DealTeamId, RecordAccessRights.WriteAccess)] }));
        Assert.False(scope.Allows(OwnedByUser(Someone, SalesEuNorth)));
    }

    [Fact]
    public void Allows_UnrestrictedAndNone_IgnoreTheRow()
    {
        var row = OwnedByUser(Someone, SalesUs);

        Assert.True(AccessScope.Unrestricted(RecordAccessRights.ReadAccess).Allows(row));
        Assert.False(AccessScope.None(RecordAccessRights.ReadAccess).Allows(row));
        Assert.True(AccessScope.Unrestricted(RecordAccessRights.ReadAccess).IsUnrestricted);
        Assert.True(AccessScope.None(RecordAccessRights.ReadAccess).IsNone);
    }

    [Fact]
    public void Allows_RowWithoutOwnerOrUnit_OnlyThroughShares()
    {
        var scope = AccessScope.Restricted(RecordAccessRights.ReadAccess, [RepId], [SalesEu], []);

        Assert.False(scope.Allows(RecordSecurityInfo.OrganizationOwned(Guid.NewGuid())));
    }

    [Fact]
    public void ToString_Restricted_CountsEachCondition()
    {
        var scope = AccessScope.Restricted(RecordAccessRights.ReadAccess, [RepId], [SalesEu, SalesEuNorth], []);

        Assert.Equal("ReadAccess: owners 1, business units 2, sharees 0", scope.ToString());
        Assert.Equal("WriteAccess: None", AccessScope.None(RecordAccessRights.WriteAccess).ToString());
    }
}
