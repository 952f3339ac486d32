namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The roles an engine knows, by id and by name: the standard roles plus the package's. The service core keeps
/// role assignments as ids (systemuserroles, teamroles) and resolves them here when it builds a
/// <see cref="SecurityPrincipal"/> for a request. Public on purpose with <see cref="SecurityRole"/>: callers look up
/// role ids by name to create role rows, and may pass their own roles in <see cref="LocalOrganizationOptions.Roles"/>.
/// </summary>
public sealed class RoleCatalog
{
    private static readonly Lazy<RoleCatalog> DefaultCatalog = new(() => new RoleCatalog([.. StandardRoles.All, .. PackageRoles.Embedded()]));

    private readonly Dictionary<Guid, SecurityRole> byId = [];
    private readonly Dictionary<string, SecurityRole> byName = new(StringComparer.OrdinalIgnoreCase);

    public RoleCatalog(IEnumerable<SecurityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var ordered = new List<SecurityRole>();
        foreach (var role in roles)
        {
            if (!byId.TryAdd(role.Id, role))
            {
                throw new ArgumentException($"The roles '{byId[role.Id].Name}' and '{role.Name}' have the same id {role.Id}.", nameof(roles));
            }

            if (!byName.TryAdd(role.Name, role))
            {
                throw new ArgumentException($"Two roles are named '{role.Name}'.", nameof(roles));
            }

            ordered.Add(role);
        }

        Roles = ordered;
    }

    /// <summary>System Administrator, Salesperson, Sales Manager and the roles of the embedded solution.</summary>
    public static RoleCatalog Default => DefaultCatalog.Value;

    public IReadOnlyList<SecurityRole> Roles { get; }

    public SecurityRole? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>A role by name (Dataverse role names compare without regard to case).</summary>
    public SecurityRole? Find(string name) => byName.GetValueOrDefault(name);

    public SecurityRole Get(Guid id) =>
        Find(id) ?? throw new KeyNotFoundException($"No security role has the id {id}.");

    public SecurityRole Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"No security role is named '{name}'; there are {string.Join(", ", Roles.Select(r => r.Name))}.");
}
