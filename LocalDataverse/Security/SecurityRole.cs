using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// A security role: which privileges it grants at which depth. Table privileges are kept by table (the table
/// part of the privilege name) and verb; privileges that are not about rows are kept by name only, so a real
/// export loads whole.
/// </summary>
public sealed class SecurityRole
{
    private readonly Dictionary<string, Dictionary<Privilege, AccessDepth>> tables = new(StringComparer.OrdinalIgnoreCase);

    public SecurityRole(
        Guid id,
        string name,
        IEnumerable<RolePrivilege> privileges,
        Guid? businessUnitId = null,
        MemberPrivilegeInheritance inheritance = MemberPrivilegeInheritance.DirectUserBasicAndTeam)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(privileges);
        Id = id;
        Name = name;
        BusinessUnitId = businessUnitId;
        Inheritance = inheritance;
        var declared = new List<RolePrivilege>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var privilege in privileges)
        {
            if (!seen.Add(privilege.Name))
            {
                throw new ArgumentException($"The role '{name}' declares the privilege '{privilege.Name}' twice.", nameof(privileges));
            }

            declared.Add(privilege);
            if (privilege.Depth != AccessDepth.None && privilege.TablePrivilege is { } table)
            {
                if (!tables.TryGetValue(table.EntityName, out var verbs))
                {
                    tables[table.EntityName] = verbs = [];
                }

                verbs[table.Privilege] = privilege.Depth;
            }
        }

        Privileges = declared;
    }

    public Guid Id { get; }

    public string Name { get; }

    /// <summary>The business unit the role belongs to; null for a role read from a solution, which imports into the root.</summary>
    public Guid? BusinessUnitId { get; }

    public MemberPrivilegeInheritance Inheritance { get; }

    /// <summary>
    /// True for System Administrator: Dataverse gives it every privilege at Organization depth, including those
    /// of tables added after the role was written, so it is not a list of privileges.
    /// </summary>
    public bool IsSystemAdministrator { get; init; }

    /// <summary>The privileges in the order they were declared.</summary>
    public IReadOnlyList<RolePrivilege> Privileges { get; }

    /// <summary>How many privileges the role holds, as Dataverse counts them in its fault messages.</summary>
    public int PrivilegeCount => Privileges.Count(p => p.Depth != AccessDepth.None);

    /// <summary>The table parts of the privilege names the role grants something on.</summary>
    public IEnumerable<string> TableNames => tables.Keys;

    public AccessDepth DepthFor(PrivilegeName privilege)
    {
        ArgumentNullException.ThrowIfNull(privilege);
        if (IsSystemAdministrator)
        {
            return AccessDepth.Organization;
        }

        return tables.TryGetValue(privilege.EntityName, out var verbs) && verbs.TryGetValue(privilege.Privilege, out var depth)
            ? depth
            : AccessDepth.None;
    }

    public AccessDepth DepthFor(TableDefinition table, Privilege privilege) => DepthFor(PrivilegeName.For(table, privilege));

    public override string ToString() => Name;
}
