using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The security roles the package's solution ships (Solution/src/Roles), read from the copy embedded in this
/// assembly or from a folder. docs/security-roles.md describes what each grants.
/// </summary>
internal static class PackageRoles
{
    /// <summary>Sales reps: read practices, draft their own, rate the suggestions on their deals.</summary>
    public const string Contributor = "Practice Contributor";

    /// <summary>Sales managers: review and approve practices in their business unit and below, tag source deals.</summary>
    public const string Approver = "Practice Approver";

    /// <summary>Admins: everything on the package's tables, organization-wide.</summary>
    public const string Administrator = "Practice Administrator";

    private static readonly Lazy<IReadOnlyList<SecurityRole>> EmbeddedRoles = new(() => RoleXmlReader.ReadAll(SolutionSource.Embedded()));

    /// <summary>The roles embedded at build time; read once per process, roles being immutable.</summary>
    public static IReadOnlyList<SecurityRole> Embedded() => EmbeddedRoles.Value;

    public static IReadOnlyList<SecurityRole> FromDirectory(string solutionRoot) => RoleXmlReader.ReadAll(SolutionSource.FromDirectory(solutionRoot));

    /// <summary>An embedded role by name, or an exception listing the roles there are.</summary>
    public static SecurityRole Get(string name) =>
        Embedded().FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"The solution has no role '{name}'; it has {string.Join(", ", Embedded().Select(r => r.Name))}.");
}
