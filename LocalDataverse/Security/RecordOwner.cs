namespace DataverseSharing.LocalDataverse.Security;

/// <summary>The ownerid of a row: a user or a team (or, for business-owned tables, the business unit).</summary>
internal sealed record RecordOwner(Guid Id, OwnerType Type)
{
    public static RecordOwner User(Guid id) => new(id, OwnerType.User);

    public static RecordOwner Team(Guid id) => new(id, OwnerType.Team);

    public static RecordOwner BusinessUnit(Guid id) => new(id, OwnerType.BusinessUnit);
}
