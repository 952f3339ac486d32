using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The role catalog of an organization built from solution folders: the roles it already knows plus each folder's
/// Roles/*.xml, as an import adds them, so a role row named after one grants its privileges.
/// </summary>
internal static class SolutionRoles
{
    /// <summary>
    /// A folder role with the id of a known role replaces it, as importing a role updates it; one that only shares
    /// a known role's name is refused, naming its file.
    /// </summary>
    /// <exception cref="MetadataException">A role file that cannot be read, or a name used by another role.</exception>
    public static RoleCatalog Add(RoleCatalog known, IReadOnlyList<SolutionFile> files)
    {
        var roles = known.Roles.ToList();
        foreach (var file in files.Where(RoleXmlReader.IsRoleFile))
        {
            var role = RoleXmlReader.Read(file);
            var sameId = roles.FindIndex(r => r.Id == role.Id);
            var sameName = roles.FindIndex(r => string.Equals(r.Name, role.Name, StringComparison.OrdinalIgnoreCase));
            if (sameName >= 0 && sameName != sameId)
            {
                throw new MetadataException(
                    $"The role '{role.Name}' {role.Id:B} has the name of another role {roles[sameName].Id:B}; role names must be unique.",
                    new SourceLocation(file.RelativePath, 1));
            }

            if (sameId >= 0)
            {
                roles[sameId] = role;
            }
            else
            {
                roles.Add(role);
            }
        }

        return new RoleCatalog(roles);
    }
}
