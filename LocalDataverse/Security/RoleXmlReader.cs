using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Reads security roles from the unpacked solution's Roles/&lt;Role name&gt;.xml files (the layout
/// `pac solution unpack` writes): &lt;Role id="{guid}" name="…"&gt; with RolePrivileges/RolePrivilege
/// name and level. Anything malformed is a <see cref="MetadataException"/> naming the file and line. Elements
/// newer than what is read here (IsAutoAssigned, descriptions…) are ignored, so a role from a recent export loads.
/// </summary>
internal static class RoleXmlReader
{
    public const string Folder = "Roles/";

    /// <summary>Every role of the solution, in file order; role ids and names must be unique.</summary>
    public static IReadOnlyList<SecurityRole> ReadAll(IReadOnlyList<SolutionFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var roles = new List<SecurityRole>();
        var ids = new Dictionary<Guid, string>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.Where(IsRoleFile))
        {
            var role = Read(file);
            if (!ids.TryAdd(role.Id, file.RelativePath))
            {
                throw new MetadataException($"The role id {role.Id:B} is also used by {ids[role.Id]}.", new SourceLocation(file.RelativePath, 0));
            }

            if (!names.TryAdd(role.Name, file.RelativePath))
            {
                throw new MetadataException($"The role name '{role.Name}' is also used by {names[role.Name]}.", new SourceLocation(file.RelativePath, 0));
            }

            roles.Add(role);
        }

        return roles;
    }

    /// <summary>A file directly in Roles/ ending in .xml, which is where the unpacked layout keeps roles.</summary>
    public static bool IsRoleFile(SolutionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.RelativePath.StartsWith(Folder, StringComparison.Ordinal)
            && file.RelativePath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            && file.RelativePath.IndexOf('/', Folder.Length) < 0;
    }

    public static SecurityRole Read(SolutionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var root = SolutionXmlNode.Root(file, "Role");
        var name = Attribute(root, "name");
        var idText = Attribute(root, "id");
        if (!Guid.TryParseExact(idText, "B", out var id) && !Guid.TryParseExact(idText, "D", out id))
        {
            throw root.Error($"The role id '{idText}' is not a GUID (written {{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}}).");
        }

        // The unpacker names the file after the role; a mismatch usually means a copied file kept the old name.
        var expectedFile = Folder + name + ".xml";
        if (!string.Equals(file.RelativePath, expectedFile, StringComparison.Ordinal))
        {
            throw root.Error($"The role '{name}' must be in {expectedFile}.");
        }

        var privileges = new List<RolePrivilege>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in root.Child("RolePrivileges")?.Children("RolePrivilege") ?? [])
        {
            var privilege = ReadPrivilege(element);
            if (!lines.TryAdd(privilege.Name, element.Location.Line))
            {
                throw element.Error($"The privilege '{privilege.Name}' is already granted on line {lines[privilege.Name]}.");
            }

            privileges.Add(privilege);
        }

        return new SecurityRole(id, name, privileges, businessUnitId: null, Inheritance(root));
    }

    private static RolePrivilege ReadPrivilege(SolutionXmlNode element)
    {
        var name = Attribute(element, "name");
        if (!name.StartsWith("prv", StringComparison.Ordinal))
        {
            throw element.Error($"'{name}' is not a privilege name; privilege names start with 'prv' (prvReadAccount).");
        }

        var level = Attribute(element, "level");
        if (!AccessDepthLevels.TryParseLevel(level, out var depth))
        {
            throw element.Error($"The level '{level}' of {name} is not one of Basic, Local, Deep or Global.");
        }

        return new RolePrivilege(name, depth);
    }

    // The role table's "Member's privilege inheritance" (isinherited): 0 team privileges only, 1 direct user
    // (Basic) and team. Absent, a role gets what Dataverse gives new roles.
    private static MemberPrivilegeInheritance Inheritance(SolutionXmlNode root) => root.Value("IsInherited") switch
    {
        null or "1" => MemberPrivilegeInheritance.DirectUserBasicAndTeam,
        "0" => MemberPrivilegeInheritance.TeamPrivilegesOnly,
        var other => throw root.RequiredChild("IsInherited").Error($"IsInherited must be 0 or 1, not '{other}'."),
    };

    private static string Attribute(SolutionXmlNode node, string name) =>
        node.Element.Attribute(name)?.Value is { Length: > 0 } value
            ? value.Trim()
            : throw node.Error($"<{node.Element.Name.LocalName}> has no {name} attribute.");
}
