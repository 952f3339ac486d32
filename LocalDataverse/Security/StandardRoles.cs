namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The standard roles a Dynamics 365 Sales organization has, reduced to the tables the package touches, so tests
/// and the embedded engine can act as a rep, a manager or an admin. The depths follow the brief of each role:
/// a salesperson owns their deals and sees their business unit's, a manager works across their part of the tree,
/// an administrator has everything.
/// </summary>
internal static class StandardRoles
{
    /// <summary>
    /// The role template id of System Administrator, the same in every organization (role ids differ per
    /// organization and business unit; the template id does not).
    /// </summary>
    public static readonly Guid SystemAdministratorTemplateId = new("627090ff-40a3-4053-8790-584edc5be201");

    /// <summary>Every privilege at Organization depth, including those of tables it does not list.</summary>
    public static SecurityRole SystemAdministrator { get; } =
        new(SystemAdministratorTemplateId, "System Administrator", []) { IsSystemAdministrator = true };

    public static SecurityRole Salesperson { get; } = new(
        new Guid("ae4c3f00-d4e9-4ad9-92ee-55abd618cde0"),
        "Salesperson",
        [
            .. SalesTable("Account", read: AccessDepth.BusinessUnit, own: AccessDepth.User, appendTo: AccessDepth.BusinessUnit),
            .. SalesTable("Contact", read: AccessDepth.BusinessUnit, own: AccessDepth.User, appendTo: AccessDepth.BusinessUnit),
            .. SalesTable("Opportunity", read: AccessDepth.BusinessUnit, own: AccessDepth.User, appendTo: AccessDepth.BusinessUnit),
            .. SalesTable("Activity", read: AccessDepth.User, own: AccessDepth.User, appendTo: AccessDepth.User),
            .. DirectoryTables(AccessDepth.BusinessUnit),
            .. RegistrationTables(),
        ]);

    public static SecurityRole SalesManager { get; } = new(
        new Guid("3c918afb-7744-4380-8e40-89ecc466717a"),
        "Sales Manager",
        [
            .. ManagerTable("Account"),
            .. ManagerTable("Contact"),
            .. ManagerTable("Opportunity"),
            .. ManagerTable("Activity"),
            .. DirectoryTables(AccessDepth.Organization),
            .. RegistrationTables(),
        ]);

    public static IReadOnlyList<SecurityRole> All { get; } = [SystemAdministrator, Salesperson, SalesManager];

    // Create, write, delete, append, assign and share at the owner's depth; read and append-to wider, so a rep
    // sees and links to their colleagues' rows without changing them.
    private static IEnumerable<RolePrivilege> SalesTable(string table, AccessDepth read, AccessDepth own, AccessDepth appendTo) =>
    [
        Grant(Privilege.Create, table, own),
        Grant(Privilege.Read, table, read),
        Grant(Privilege.Write, table, own),
        Grant(Privilege.Delete, table, own),
        Grant(Privilege.Append, table, own),
        Grant(Privilege.AppendTo, table, appendTo),
        Grant(Privilege.Assign, table, own),
        Grant(Privilege.Share, table, own),
    ];

    // A manager creates and deletes in their own unit and reads, changes and reassigns across the units below.
    private static IEnumerable<RolePrivilege> ManagerTable(string table) =>
    [
        Grant(Privilege.Create, table, AccessDepth.BusinessUnit),
        Grant(Privilege.Read, table, AccessDepth.ParentChildBusinessUnits),
        Grant(Privilege.Write, table, AccessDepth.ParentChildBusinessUnits),
        Grant(Privilege.Delete, table, AccessDepth.BusinessUnit),
        Grant(Privilege.Append, table, AccessDepth.ParentChildBusinessUnits),
        Grant(Privilege.AppendTo, table, AccessDepth.ParentChildBusinessUnits),
        Grant(Privilege.Assign, table, AccessDepth.ParentChildBusinessUnits),
        Grant(Privilege.Share, table, AccessDepth.ParentChildBusinessUnits),
    ];

    // Users, teams and business units are business-owned: their depths start at Business Unit. Everyone reads
    // them so lookups to owners and approvers resolve; roles are read within the unit.
    private static IEnumerable<RolePrivilege> DirectoryTables(AccessDepth roles) =>
    [
        Grant(Privilege.Read, "User", AccessDepth.Organization),
        Grant(Privilege.AppendTo, "User", AccessDepth.Organization),
        Grant(Privilege.Read, "Team", AccessDepth.Organization),
        Grant(Privilege.Read, "BusinessUnit", AccessDepth.Organization),
        Grant(Privilege.Read, "Role", roles),
    ];

    // What is registered (solutions, plug-in assemblies and types, messages, steps, images, custom APIs) is the
    // platform's: every standard role reads it across the organization, as apps and plug-ins look it up, and only
    // an administrator (or SYSTEM, which writes it at open) changes it.
    private static IEnumerable<RolePrivilege> RegistrationTables() =>
        new[] { "Solution", "Publisher", "PluginPackage", "PluginAssembly", "PluginType", "SdkMessage", "SdkMessageFilter", "SdkMessageProcessingStep", "SdkMessageProcessingStepImage", "CustomAPI" }
            .Select(table => Grant(Privilege.Read, table, AccessDepth.Organization));

    private static RolePrivilege Grant(Privilege privilege, string table, AccessDepth depth) =>
        new(new PrivilegeName(privilege, table).Value, depth);
}
