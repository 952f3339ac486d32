using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class StandardRolesTests
{
    [Fact]
    public void SystemAdministrator_IsTheTemplateRoleWithEverything()
    {
        Assert.Equal(new Guid("627090ff-40a3-4053-8790-584edc5be201"), StandardRoles.SystemAdministrator.Id);
        Assert.True(StandardRoles.SystemAdministrator.IsSystemAdministrator);
        Assert.Equal(AccessDepth.Organization, StandardRoles.SystemAdministrator.DepthFor(BestPractice, Privilege.Assign));
    }

    [Theory]
    [InlineData(Privilege.Read, AccessDepth.BusinessUnit)]
    [InlineData(Privilege.Create, AccessDepth.User)]
    [InlineData(Privilege.Write, AccessDepth.User)]
    [InlineData(Privilege.AppendTo, AccessDepth.BusinessUnit)]
    [InlineData(Privilege.Assign, AccessDepth.User)]
    public void Salesperson_Opportunities_ReadsUnitChangesOwn(Privilege privilege, AccessDepth depth)
    {
        Assert.Equal(depth, StandardRoles.Salesperson.DepthFor(Opportunity, privilege));
        Assert.Equal(depth, StandardRoles.Salesperson.DepthFor(Account, privilege));
    }

    [Theory]
    [InlineData(Privilege.Read, AccessDepth.ParentChildBusinessUnits)]
    [InlineData(Privilege.Create, AccessDepth.BusinessUnit)]
    [InlineData(Privilege.Write, AccessDepth.ParentChildBusinessUnits)]
    [InlineData(Privilege.Delete, AccessDepth.BusinessUnit)]
    public void SalesManager_Opportunities_WorksAcrossTheirPartOfTheTree(Privilege privilege, AccessDepth depth)
    {
        Assert.Equal(depth, StandardRoles.SalesManager.DepthFor(Opportunity, privilege));
    }

    [Fact]
    public void Salesperson_ClosingActivities_UseTheActivityPrivileges()
    {
        Assert.Equal(AccessDepth.User, StandardRoles.Salesperson.DepthFor(LocalMetadata.Default.GetTable("opportunityclose"), Privilege.Create));
    }

    [Fact]
    public void All_StandardRoles_GrantOnlyDepthsTheirTablesAllow()
    {
        // The standard tables and the registration tables (solution, plugintype, sdkmessageprocessingstep...) the
        // roles read; the standard roles name no table of the package's own solution.
        var tables = Setup.RegistrationCatalog.Value.Tables.ToLookup(PrivilegeName.EntityNameFor, StringComparer.OrdinalIgnoreCase);

        var privileges = StandardRoles.All.SelectMany(r => r.Privileges).ToList();

        Assert.NotEmpty(privileges);
        foreach (var privilege in privileges)
        {
            var table = tables[privilege.TablePrivilege!.EntityName].FirstOrDefault();
            Assert.True(table is not null, $"{privilege.Name} names no catalog table");
            Assert.True(OwnershipDepths.IsAllowed(table.Ownership, privilege.Depth), $"{privilege.Name} at {privilege.Depth}");
        }
    }
}
