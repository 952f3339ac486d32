using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>The roles the solution ships: present, embedded, and granting only what Dataverse would accept.</summary>
public class PackageRolesTests
{
    private static readonly string[] PackageTables = ["dvs_bestpractice", "dvs_practicesuggestion"];

    // Privileges on platform tables the engine does not model, with the ownership Microsoft's table reference gives
    // them: Read on the Model-driven App table (appmodule, organization-owned), needed to open an app.
    private static readonly Dictionary<string, OwnershipType> PlatformTablePrivileges = new(StringComparer.Ordinal)
    {
        ["prvReadAppModule"] = OwnershipType.OrganizationOwned,
    };

    [Fact]
    public void Embedded_Solution_HasTheThreePackageRoles()
    {
        Assert.Equal(
            [PackageRoles.Administrator, PackageRoles.Approver, PackageRoles.Contributor],
            PackageRoles.Embedded().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Embedded_ComparedWithTheCheckout_IsTheSame()
    {
        var fromFiles = PackageRoles.FromDirectory(RepositoryPaths.SolutionSource);

        Assert.Equal(fromFiles.Select(r => (r.Id, r.Name)), PackageRoles.Embedded().Select(r => (r.Id, r.Name)));
        Assert.Equal(fromFiles.SelectMany(r => r.Privileges), PackageRoles.Embedded().SelectMany(r => r.Privileges));
    }

    [Fact]
    public void Embedded_EveryPrivilege_IsOnACatalogTableAtADepthItsOwnershipAllows()
    {
        var tables = LocalMetadata.Default.Tables
            .Where(t => t.Ownership != OwnershipType.None)
            .ToLookup(PrivilegeName.EntityNameFor, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var role in PackageRoles.Embedded())
        {
            foreach (var privilege in role.Privileges)
            {
                var table = privilege.TablePrivilege is { } name ? tables[name.EntityName].FirstOrDefault() : null;
                if (table is null && PlatformTablePrivileges.TryGetValue(privilege.Name, out var ownership))
                {
                    if (!OwnershipDepths.IsAllowed(ownership, privilege.Depth))
                    {
                        problems.Add($"{role.Name}: {privilege.Name} at {privilege.Depth.ToLevel()} on a {ownership} table");
                    }
                }
                else if (table is null)
                {
                    problems.Add($"{role.Name}: {privilege.Name} is not a privilege of a table in the catalog");
                }
                else if (!OwnershipDepths.IsAllowed(table.Ownership, privilege.Depth))
                {
                    problems.Add($"{role.Name}: {privilege.Name} at {privilege.Depth.ToLevel()} on a {table.Ownership} table");
                }
                else if (PrivilegeName.For(table, privilege.TablePrivilege!.Privilege).Value != privilege.Name)
                {
                    problems.Add($"{role.Name}: {privilege.Name} is not spelled as Dataverse spells it");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Administrator_PackageTables_EveryPrivilegeAtOrganization()
    {
        var admin = PackageRoles.Get(PackageRoles.Administrator);

        foreach (var table in PackageTables.Select(LocalMetadata.Default.GetTable))
        {
            foreach (var privilege in Enum.GetValues<Privilege>())
            {
                Assert.Equal(AccessDepth.Organization, admin.DepthFor(table, privilege));
            }
        }
    }

    [Fact]
    public void Contributor_Practices_ReadsEverywhereChangesOnlyOwnNeverDeletes()
    {
        var contributor = PackageRoles.Get(PackageRoles.Contributor);
        var practice = LocalMetadata.Default.GetTable("dvs_bestpractice");

        Assert.Equal(AccessDepth.Organization, contributor.DepthFor(practice, Privilege.Read));
        Assert.Equal(AccessDepth.User, contributor.DepthFor(practice, Privilege.Create));
        Assert.Equal(AccessDepth.User, contributor.DepthFor(practice, Privilege.Write));
        Assert.Equal(AccessDepth.None, contributor.DepthFor(practice, Privilege.Delete));
        Assert.Equal(AccessDepth.None, contributor.DepthFor(practice, Privilege.Assign));
    }

    [Fact]
    public void Approver_Practices_ApprovesInUnitAndBelow()
    {
        var approver = PackageRoles.Get(PackageRoles.Approver);
        var practice = LocalMetadata.Default.GetTable("dvs_bestpractice");

        Assert.Equal(AccessDepth.ParentChildBusinessUnits, approver.DepthFor(practice, Privilege.Write));
        Assert.Equal(AccessDepth.ParentChildBusinessUnits, approver.DepthFor(LocalMetadata.Default.GetTable("dvs_practicesuggestion"), Privilege.Read));
        Assert.Equal(AccessDepth.None, approver.DepthFor(practice, Privilege.Delete));
    }

    [Fact]
    public void Embedded_Roles_HaveDistinctIdsFromTheStandardRoles()
    {
        var ids = PackageRoles.Embedded().Select(r => r.Id).Concat(StandardRoles.All.Select(r => r.Id)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotEmpty(PackageRoles.Embedded());
        Assert.All(PackageRoles.Embedded(), r => Assert.Equal(MemberPrivilegeInheritance.DirectUserBasicAndTeam, r.Inheritance));
    }

    [Fact]
    public void Get_UnknownRole_ListsTheRolesThereAre()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => PackageRoles.Get("Practice Owner"));

        Assert.Contains(PackageRoles.Contributor, error.Message, StringComparison.Ordinal);
    }
}
