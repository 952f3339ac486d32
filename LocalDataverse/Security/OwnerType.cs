namespace DataverseSharing.LocalDataverse.Security;

/// <summary>What owns a row, with the object type codes Dataverse's access-check fault prints as OwnerIdType.</summary>
internal enum OwnerType
{
    User = 8,
    Team = 9,

    /// <summary>The owner of a business-owned row (a user, team or role row) is its business unit.</summary>
    BusinessUnit = 10,
}
