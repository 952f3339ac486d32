using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

/// <summary>Bulk and composite messages under enforced security roles: every item is checked like its single-row message.</summary>
public sealed class BulkMessageSecurityTests : IDisposable
{
    private const int MissingPrivilege = unchecked((int)0x80040220);

    private readonly LocalOrganization organization = LocalOrganization.CreateInMemory();

    public void Dispose() => organization.Dispose();

    // A real user (a row in a business unit) who holds no security role.
    private Guid UserWithoutRoles()
    {
        var unit = organization.SystemService.Create(new Entity("businessunit") { ["name"] = "Sales" });
        return organization.SystemService.Create(new Entity("systemuser") { ["lastname"] = "Doe", ["domainname"] = "doe@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });
    }

    [Fact]
    public void CreateMultiple_UserWithoutRoles_FaultsMissingPrivilegeAndCreatesNothing()
    {
        var stranger = organization.ServiceAs(UserWithoutRoles());

        var fault = LocalEngine.Fault(() => stranger.Execute(new CreateMultipleRequest { Targets = new EntityCollection([new Entity("account") { ["name"] = "A" }]) { EntityName = "account" } }));

        Assert.Equal(MissingPrivilege, fault.ErrorCode);
        Assert.Empty(organization.SystemService.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void UpdateMultiple_UserWithoutRoles_FaultsAndUpdatesNothing()
    {
        var account = organization.SystemService.Create(new Entity("account") { ["name"] = "Before" });
        var stranger = organization.ServiceAs(UserWithoutRoles());

        LocalEngine.Fault(() => stranger.Execute(new UpdateMultipleRequest { Targets = new EntityCollection([new Entity("account", account) { ["name"] = "After" }]) { EntityName = "account" } }));

        Assert.Equal("Before", organization.SystemService.Retrieve("account", account, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void CreateMultiple_System_CreatesTheRows()
    {
        var response = (CreateMultipleResponse)organization.SystemService.Execute(new CreateMultipleRequest { Targets = new EntityCollection([new Entity("account") { ["name"] = "A" }]) { EntityName = "account" } });

        Assert.Single(response.Ids);
    }

    [Fact]
    public void GetChanges_UserWithoutRoles_FaultsMissingReadPrivilege()
    {
        organization.SystemService.Create(new Entity("account") { ["name"] = "Hidden" });

        Assert.Equal(MissingPrivilege, LocalEngine.Fault(() => ChangeTracking.GetChanges(organization.ServiceAs(UserWithoutRoles()), "account", null)).ErrorCode);
        Assert.Single(ChangeTracking.GetChanges(organization.SystemService, "account", null).NewOrUpdated);
    }
}
