using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using DataverseSharing.Testing.Solutions;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>A third-party folder's Roles/*.xml join the role catalog: a role row named after one grants its privileges.</summary>
public sealed class SolutionRolesTests : IDisposable
{
    private static readonly Guid WidgetMakerId = new("2b0c6f10-5555-4d4e-9a1b-000000000001");
    private readonly UnpackedSolutionBuilder solution = new UnpackedSolutionBuilder()
        .Table("Widget")
        .Role("Widget Maker", WidgetMakerId, ("prvCreatefab_Widget", "Global"), ("prvReadfab_Widget", "Global"));

    public void Dispose() => solution.Dispose();

    [Fact]
    public void CreateInMemory_UserWithFolderRole_CreatesAndReadsTheFolderTable()
    {
        using var org = Open();
        var maker = UserWithRole(org, "Widget Maker");

        var id = org.ServiceAs(maker).Create(new Entity("fab_widget") { ["fab_name"] = "W-1" });

        Assert.Equal("W-1", org.ServiceAs(maker).Retrieve("fab_widget", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("fab_name"))["fab_name"]);
    }

    [Fact]
    public void CreateInMemory_UserWithoutFolderRole_RefusedNamingThePrivilege()
    {
        using var org = Open();
        var rep = UserWithRole(org, StandardRoles.Salesperson.Name);

        var fault = LocalEngine.Fault(() => org.ServiceAs(rep).Create(new Entity("fab_widget") { ["fab_name"] = "W-1" }));

        Assert.Contains("prvCreatefab_Widget", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_StandardRolesStillKnown()
    {
        using var org = Open();
        var rep = UserWithRole(org, StandardRoles.Salesperson.Name);

        org.ServiceAs(rep).Create(new Entity("account") { ["name"] = "Contoso" });
    }

    [Fact]
    public void Add_RoleWithTheIdOfAKnownRole_ReplacesIt()
    {
        solution.Role(StandardRoles.Salesperson.Name, StandardRoles.Salesperson.Id, ("prvReadAccount", "Basic"));

        var catalog = SolutionRoles.Add(RoleCatalog.Default, Files());

        Assert.Single(catalog.Get(StandardRoles.Salesperson.Id).Privileges);
        Assert.NotNull(catalog.Find("Widget Maker"));
    }

    [Fact]
    public void CreateInMemory_RoleNamedLikeAnotherRole_FailsNamingTheFile()
    {
        solution.Role(StandardRoles.Salesperson.Name, Guid.NewGuid(), ("prvReadAccount", "Basic"));

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains($"Roles/{StandardRoles.Salesperson.Name}.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("has the name of another role", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_NotAPrivilegeName_FailsNamingTheFileAndLine()
    {
        solution.Role("Widget Maker", WidgetMakerId, ("prvReadfab_Widget", "Global"), ("ReadWidgets", "Global"));

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("Roles/Widget Maker.xml(5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ReadWidgets' is not a privilege name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_UnknownLevel_FailsNamingThePrivilege()
    {
        solution.Role("Widget Maker", WidgetMakerId, ("prvReadfab_Widget", "Everywhere"));

        Assert.Contains("The level 'Everywhere' of prvReadfab_Widget", Assert.Throws<MetadataException>(Open).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_RolesGivenInOptions_FolderRolesNotAdded()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root], Roles = RoleCatalog.Default });
        var maker = UserWithRole(org, "Widget Maker");

        // A role row whose name no role definition has grants nothing.
        Assert.NotNull(LocalEngine.Fault(() => org.ServiceAs(maker).Create(new Entity("fab_widget") { ["fab_name"] = "W-1" })));
    }

    private IReadOnlyList<LocalDataverse.Metadata.Solution.SolutionFile> Files() => LocalDataverse.Metadata.Solution.SolutionSource.FromDirectory(solution.Root);

    private LocalOrganization Open() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root] });

    private static Guid UserWithRole(LocalOrganization org, string roleName)
    {
        var unit = org.SystemService.Create(new Entity("businessunit") { ["name"] = "Root" });
        var user = org.SystemService.Create(new Entity("systemuser")
        {
            ["lastname"] = roleName,
            ["domainname"] = Guid.NewGuid().ToString("N") + "@fabrikam.test",
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
        var role = org.SystemService.Create(new Entity("role") { ["name"] = roleName, ["businessunitid"] = new EntityReference("businessunit", unit) });
        org.SystemService.Associate("systemuser", user, new Relationship("systemuserroles_association"), [new EntityReference("role", role)]);
        return user;
    }
}
