using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class RoleCatalogTests
{
    [Fact]
    public void Default_HoldsStandardAndPackageRoles()
    {
        Assert.Equal(
            ["Practice Administrator", "Practice Approver", "Practice Contributor", "Sales Manager", "Salesperson", "System Administrator"],
            RoleCatalog.Default.Roles.Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Get_ByIdAndByName_FindTheSameRole()
    {
        var approver = RoleCatalog.Default.Get(PackageRoles.Approver);

        Assert.Same(approver, RoleCatalog.Default.Get(approver.Id));
        Assert.Same(approver, RoleCatalog.Default.Get("practice approver"));
        Assert.Same(StandardRoles.SystemAdministrator, RoleCatalog.Default.Get(StandardRoles.SystemAdministratorTemplateId));
    }

    [Fact]
    public void Find_Unknown_IsNullAndGetThrows()
    {
        Assert.Null(RoleCatalog.Default.Find(Guid.NewGuid()));
        Assert.Null(RoleCatalog.Default.Find("Marketing Professional"));
        var error = Assert.Throws<KeyNotFoundException>(() => RoleCatalog.Default.Get("Marketing Professional"));
        Assert.Contains("Salesperson", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var copy = new SecurityRole(StandardRoles.Salesperson.Id, "Copy", []);

        var error = Assert.Throws<ArgumentException>(() => new RoleCatalog([StandardRoles.Salesperson, copy]));

        Assert.Contains("'Salesperson' and 'Copy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateNameDifferentCase_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RoleCatalog([StandardRoles.Salesperson, new SecurityRole(Guid.NewGuid(), "SALESPERSON", [])]));
    }
}
