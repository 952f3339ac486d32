using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>
/// A sales organization to check access in:
/// <code>
/// Root
/// ├── Sales EU
/// │   ├── Sales EU North
/// │   └── Sales EU South
/// └── Sales US
/// </code>
/// with the package's and the standard tables, and people to act as: a rep in Sales EU North, a manager of
/// Sales EU, an admin at the root.
/// </summary>
internal static class SalesOrganization
{
    public static readonly Guid Root = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid SalesEu = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid SalesEuNorth = new("10000000-0000-0000-0000-000000000003");
    public static readonly Guid SalesEuSouth = new("10000000-0000-0000-0000-000000000004");
    public static readonly Guid SalesUs = new("10000000-0000-0000-0000-000000000005");

    public static readonly Guid RepId = new("20000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherRepId = new("20000000-0000-0000-0000-000000000002");
    public static readonly Guid ManagerId = new("20000000-0000-0000-0000-000000000003");
    public static readonly Guid AdminId = new("20000000-0000-0000-0000-000000000004");

    public static readonly Guid DealTeamId = new("30000000-0000-0000-0000-000000000001");

    public static BusinessUnitTree Tree { get; } = new(
    [
        new(Root, null),
        new(SalesEu, Root),
        new(SalesEuNorth, SalesEu),
        new(SalesEuSouth, SalesEu),
        new(SalesUs, Root),
    ]);

    public static AccessChecker Checker { get; } = new(Tree);

    public static TableDefinition Opportunity => LocalMetadata.Default.GetTable("opportunity");

    public static TableDefinition Account => LocalMetadata.Default.GetTable("account");

    public static TableDefinition BestPractice => LocalMetadata.Default.GetTable("dvs_bestpractice");

    public static TableDefinition Suggestion => LocalMetadata.Default.GetTable("dvs_practicesuggestion");

    public static TableDefinition SystemUser => LocalMetadata.Default.GetTable("systemuser");

    public static TableDefinition Team => LocalMetadata.Default.GetTable("team");

    /// <summary>An organization-owned table (the catalog has none): one settings row for the whole organization.</summary>
    public static TableDefinition Setting { get; } =
        new("dvs_setting", "dvs_settingid", []) { SchemaName = "dvs_Setting", Ownership = OwnershipType.OrganizationOwned };

    /// <summary>An intersect table, which has no privileges of its own.</summary>
    public static TableDefinition Contributors { get; } =
        new("dvs_bestpractice_contributor", "dvs_bestpractice_contributorid", []) { Ownership = OwnershipType.None, IsIntersect = true };

    /// <summary>A rep in Sales EU North: Salesperson and Practice Contributor.</summary>
    public static SecurityPrincipal Rep(params SecurityTeam[] teams) =>
        new(RepId, SalesEuNorth, [StandardRoles.Salesperson, PackageRoles.Get(PackageRoles.Contributor)], teams);

    /// <summary>Another rep, in Sales EU South.</summary>
    public static SecurityPrincipal OtherRep() =>
        new(OtherRepId, SalesEuSouth, [StandardRoles.Salesperson, PackageRoles.Get(PackageRoles.Contributor)]);

    /// <summary>The manager of Sales EU: Sales Manager and Practice Approver.</summary>
    public static SecurityPrincipal Manager() =>
        new(ManagerId, SalesEu, [StandardRoles.SalesManager, PackageRoles.Get(PackageRoles.Approver)]);

    /// <summary>An admin at the root: System Administrator and Practice Administrator.</summary>
    public static SecurityPrincipal Admin() =>
        new(AdminId, Root, [StandardRoles.SystemAdministrator, PackageRoles.Get(PackageRoles.Administrator)]);

    /// <summary>A user with only the given roles, in the given unit.</summary>
    public static SecurityPrincipal User(Guid unit, params SecurityRole[] roles) => new(Guid.NewGuid(), unit, roles);

    /// <summary>A role granting exactly the given privileges on one table.</summary>
    public static SecurityRole Role(TableDefinition table, AccessDepth depth, params Privilege[] privileges) =>
        new(Guid.NewGuid(), $"{table.LogicalName} {depth}", privileges.Select(p => new RolePrivilege(PrivilegeName.For(table, p).Value, depth)));

    public static RecordSecurityInfo OwnedByUser(Guid user, Guid unit) => RecordSecurityInfo.OwnedByUser(Guid.NewGuid(), user, unit);

    public static RecordSecurityInfo OwnedByTeam(Guid team, Guid unit) => RecordSecurityInfo.OwnedByTeam(Guid.NewGuid(), team, unit);
}
