using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>docs/security-roles.md is what admins read: its tables must say exactly what the role files grant.</summary>
public class SecurityRolesDocumentationTests
{
    private static readonly (string Table, string Label)[] Rows =
    [
        ("dvs_bestpractice", "Best Practice (`dvs_bestpractice`)"),
        ("dvs_practicesuggestion", "Practice Suggestion (`dvs_practicesuggestion`)"),
        ("dvs_contributorcredit", "Contributor Credit (`dvs_contributorcredit`)"),
        ("opportunity", "Opportunity"),
        ("account", "Account"),
        ("systemuser", "User (`systemuser`)"),
    ];

    // Privileges on platform tables the engine does not model: read of the model-driven app table, which every
    // role needs for its users to open the apps assigned to it.
    private static readonly string[] PlatformPrivileges = ["prvReadAppModule"];

    public static TheoryData<string> RoleNames() => new(PackageRoles.Contributor, PackageRoles.Approver, PackageRoles.Administrator);

    [Theory]
    [MemberData(nameof(RoleNames))]
    public void SecurityRolesDoc_RoleSection_ListsEveryDepthTheRoleGrants(string roleName)
    {
        var role = PackageRoles.Get(roleName);
        var section = Section(roleName);

        foreach (var (table, label) in Rows)
        {
            var definition = LocalMetadata.Default.GetTable(table);
            var cells = Enum.GetValues<Privilege>().Select(p => Name(role.DepthFor(definition, p)));
            var row = $"| {label} | {string.Join(" | ", cells)} |";
            Assert.True(section.Contains(row, StringComparison.Ordinal), $"docs/security-roles.md, {roleName}: expected the row\n{row}");
        }
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public void PackageRole_Privileges_AreAllOnTablesTheDocDescribes(string roleName)
    {
        var documented = Rows.Select(r => PrivilegeName.EntityNameFor(LocalMetadata.Default.GetTable(r.Table))).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var privileges = PackageRoles.Get(roleName).Privileges.Where(p => !PlatformPrivileges.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(privileges);
        Assert.All(privileges, p => Assert.Contains(p.TablePrivilege!.EntityName, documented));
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public void PackageRole_ReadAppModule_GrantedOrganizationWideAndDocumented(string roleName)
    {
        var grant = Assert.Single(PackageRoles.Get(roleName).Privileges, p => p.Name == "prvReadAppModule");

        Assert.Equal(AccessDepth.Organization, grant.Depth);
        Assert.Contains("`prvReadAppModule`", Section("Opening the apps"), StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityRolesDoc_MessageTable_NamesEveryRegisteredMessage()
    {
        var section = Section("What is checked on each message");
        var documented = section.Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .SelectMany(line => line.Split("|")[1].Split([",", "("], StringSplitOptions.None).Select(name => name.Trim().Split(' ')[0]))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(DataverseSharing.LocalDataverse.Service.Messages.MessageHandlerRegistry.CreateDefault().MessageNames, message => Assert.Contains(message, documented));
    }

    private static string Name(AccessDepth depth) => depth switch
    {
        AccessDepth.None => "–",
        AccessDepth.User => "User",
        AccessDepth.BusinessUnit => "Business Unit",
        AccessDepth.ParentChildBusinessUnits => "Parent: Child",
        _ => "Organization",
    };

    private static string Section(string roleName)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "security-roles.md"));
        var start = text.IndexOf($"### {roleName}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/security-roles.md has no section for {roleName}");
        var end = text.IndexOf("\n#", start + 4, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}
