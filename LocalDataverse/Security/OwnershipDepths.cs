using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Which depths a table's ownership lets a role grant. Organization-owned rows have no owner or unit, so the
/// role editor only offers None or Organization; business-owned rows (users, teams, roles) have a unit but no
/// user owner, so it starts at Business Unit.
/// </summary>
internal static class OwnershipDepths
{
    public static bool IsAllowed(OwnershipType ownership, AccessDepth depth) => depth == AccessDepth.None || ownership switch
    {
        OwnershipType.UserOwned => true,
        OwnershipType.BusinessOwned => depth >= AccessDepth.BusinessUnit,
        OwnershipType.OrganizationOwned => depth == AccessDepth.Organization,
        _ => false,
    };

    /// <summary>
    /// The depth a grant acts with on the table. A role written for another ownership (hand-edited XML, a table
    /// whose ownership changed) still grants what the editor would have shown: any depth on an
    /// organization-owned table is Organization, User on a business-owned one is Business Unit.
    /// </summary>
    public static AccessDepth Effective(OwnershipType ownership, AccessDepth depth) => depth == AccessDepth.None ? depth : ownership switch
    {
        OwnershipType.OrganizationOwned => AccessDepth.Organization,
        OwnershipType.BusinessOwned when depth == AccessDepth.User => AccessDepth.BusinessUnit,
        _ => depth,
    };
}
