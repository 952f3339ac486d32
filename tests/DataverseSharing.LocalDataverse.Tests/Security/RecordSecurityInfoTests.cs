using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class RecordSecurityInfoTests
{
    private static readonly Guid RecordId = Guid.NewGuid();
    private static readonly Guid OwnerId = Guid.NewGuid();
    private static readonly Guid UnitId = Guid.NewGuid();

    [Fact]
    public void OwnedByUser_Factory_SetsUserOwnerAndUnit()
    {
        var row = RecordSecurityInfo.OwnedByUser(RecordId, OwnerId, UnitId);

        Assert.Equal(new RecordOwner(OwnerId, OwnerType.User), row.Owner);
        Assert.Equal(UnitId, row.OwningBusinessUnitId);
        Assert.Empty(row.Shares);
    }

    [Fact]
    public void OwnedByTeam_Factory_SetsTeamOwner()
    {
        Assert.Equal(OwnerType.Team, RecordSecurityInfo.OwnedByTeam(RecordId, OwnerId, UnitId).Owner?.Type);
    }

    [Fact]
    public void InBusinessUnit_Factory_OwnerIsTheUnit()
    {
        var row = RecordSecurityInfo.InBusinessUnit(RecordId, UnitId);

        Assert.Equal(RecordOwner.BusinessUnit(UnitId), row.Owner);
        Assert.Equal(UnitId, row.OwningBusinessUnitId);
    }

    [Fact]
    public void OrganizationOwned_Factory_HasNeitherOwnerNorUnit()
    {
        var row = RecordSecurityInfo.OrganizationOwned(RecordId);

        Assert.Null(row.Owner);
        Assert.Null(row.OwningBusinessUnitId);
        Assert.Equal(RecordId, row.RecordId);
    }
}
