namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// Who owns a table's rows. User-owned tables carry ownerid and the owning* columns; the others do not, which is
/// also what decides the privilege depths security can grant on them.
/// </summary>
public enum OwnershipType
{
    UserOwned,
    OrganizationOwned,
    BusinessOwned,
    None,
}
