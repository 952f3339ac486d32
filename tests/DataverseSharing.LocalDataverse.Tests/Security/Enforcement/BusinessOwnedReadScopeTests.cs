using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// Business-owned rows (roles, teams, users, business units) have no owner: a read depth reaches them by their
/// business unit, and a business unit row is in the unit it is. Salesperson reads roles at Business Unit depth;
/// a directory reader role reads business units at Parent: Child depth.
/// </summary>
public sealed class BusinessOwnedReadScopeTests : IDisposable
{
    private static readonly SecurityRole DirectoryReader = new(
        new Guid("7b3f9d42-6a1e-4c85-b0d7-3e2a9c5f1b64"),
        "Unit Directory Reader",
        [new RolePrivilege("prvReadBusinessUnit", AccessDepth.ParentChildBusinessUnits)]);

    private readonly SecuredOrg org = new(new LocalOrganizationOptions { Roles = new RoleCatalog([.. RoleCatalog.Default.Roles, DirectoryReader]) });

    public void Dispose() => org.Dispose();

    [Fact]
    public void RetrieveMultiple_RolesAsSalesperson_OnlyTheRolesOfTheirBusinessUnit()
    {
        var everyUnit = RoleUnits(org.Org.SystemService);

        var seen = RoleUnits(org.As(org.Rep));

        Assert.Contains(org.SalesUs, everyUnit);
        Assert.NotEmpty(seen);
        Assert.All(seen, unit => Assert.Equal(org.EuNorth, unit));
        Assert.Equal(everyUnit.Count(unit => unit == org.EuNorth), seen.Count);
    }

    [Fact]
    public void RetrieveMultiple_RolesAsSalesManager_EveryRole()
    {
        // Sales Manager reads roles at Organization depth.
        Assert.Equal(RoleUnits(org.Org.SystemService).Count, RoleUnits(org.As(org.Manager)).Count);
    }

    [Fact]
    public void RetrieveMultiple_BusinessUnitsAtParentChildDepth_TheirUnitAndTheUnitsBelow()
    {
        var reader = org.AddUser("Directory", org.SalesEu, DirectoryReader);

        var units = org.As(reader).RetrieveMultiple(new QueryExpression("businessunit") { ColumnSet = new ColumnSet("name") })
            .Entities.Select(e => e.GetAttributeValue<string>("name")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Sales EU", "Sales EU North"], units);
    }

    [Fact]
    public void Retrieve_BusinessUnitOutsideParentChildDepth_AccessCheckFailed()
    {
        var reader = org.AddUser("Directory", org.SalesEu, DirectoryReader);

        var fault = LocalEngine.Fault(() => org.As(reader).Retrieve("businessunit", org.SalesUs, new ColumnSet("name")));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
    }

    private static List<Guid> RoleUnits(IOrganizationService service) =>
        service.RetrieveMultiple(new QueryExpression("role") { ColumnSet = new ColumnSet("businessunitid") })
            .Entities.Select(e => e.GetAttributeValue<EntityReference>("businessunitid")!.Id).ToList();
}
