namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// What the access check needs to know of one row: its id, its owner and owning business unit, and who it is
/// shared with. For a row about to be created, the owner and unit it will get. Organization-owned rows have
/// neither owner nor unit.
/// </summary>
internal sealed record RecordSecurityInfo(Guid RecordId, RecordOwner? Owner, Guid? OwningBusinessUnitId)
{
    public IReadOnlyList<RecordShare> Shares { get; init; } = [];

    public static RecordSecurityInfo OwnedByUser(Guid recordId, Guid userId, Guid businessUnitId) =>
        new(recordId, RecordOwner.User(userId), businessUnitId);

    public static RecordSecurityInfo OwnedByTeam(Guid recordId, Guid teamId, Guid businessUnitId) =>
        new(recordId, RecordOwner.Team(teamId), businessUnitId);

    /// <summary>A row of a business-owned table (systemuser, team, role…): its business unit is its owner.</summary>
    public static RecordSecurityInfo InBusinessUnit(Guid recordId, Guid businessUnitId) =>
        new(recordId, RecordOwner.BusinessUnit(businessUnitId), businessUnitId);

    public static RecordSecurityInfo OrganizationOwned(Guid recordId) => new(recordId, null, null);
}
