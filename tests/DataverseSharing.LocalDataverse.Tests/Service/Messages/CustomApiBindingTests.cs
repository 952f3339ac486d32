using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

/// <summary>
/// Custom APIs registered in code through LocalOrganizationOptions.CustomApis: binding, parameter tables, the
/// execute privilege under security, and what registration refuses.
/// </summary>
public sealed class CustomApiBindingTests
{
    private static readonly CustomApiDefinition OnAccount = new("fab_OnAccount")
    {
        BindingType = CustomApiBindingType.Entity,
        BoundEntityLogicalName = "account",
        RequestParameters = [new("Text", CustomApiFieldType.String, IsOptional: true), new("Other", CustomApiFieldType.EntityReference, IsOptional: true) { LogicalEntityName = "contact" }],
    };

    private static readonly CustomApiDefinition Guarded = new("fab_Guarded")
    {
        ExecutePrivilegeName = "prvReadAccount",
        RequestParameters = [new("Text", CustomApiFieldType.String)],
        ResponseProperties = [new("Length", CustomApiFieldType.Integer), new("Depth", CustomApiFieldType.Integer)],
        PluginType = typeof(MeasurePlugin),
    };

    [Fact]
    public void Execute_CodeRegisteredApi_RunsThroughTheOptionsHook()
    {
        using var org = Open(security: false);

        Assert.Equal(5, org.SystemService.Execute(new OrganizationRequest("fab_Guarded") { ["Text"] = "hello" })["Length"]);
    }

    [Fact]
    public void Execute_EntityBoundApiOnARow_Runs()
    {
        using var org = Open(security: false);

        var response = org.SystemService.Execute(new OrganizationRequest("fab_OnAccount") { ["Target"] = new EntityReference("account", Guid.NewGuid()) });

        Assert.Equal("fab_OnAccount", response.ResponseName);
    }

    [Fact]
    public void Execute_EntityBoundApiWithoutTarget_FaultsNamingTheTable()
    {
        using var org = Open(security: false);

        var fault = LocalEngine.Fault(() => org.SystemService.Execute(new OrganizationRequest("fab_OnAccount")));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("bound to account", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_EntityBoundApiOnAnotherTable_Faults()
    {
        using var org = Open(security: false);

        var fault = LocalEngine.Fault(() => org.SystemService.Execute(new OrganizationRequest("fab_OnAccount") { ["Target"] = new EntityReference("contact", Guid.NewGuid()) }));

        Assert.Contains("not to contact", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ReferenceToAnotherTableThanTheParameters_Faults()
    {
        using var org = Open(security: false);

        var fault = LocalEngine.Fault(() => org.SystemService.Execute(new OrganizationRequest("fab_OnAccount")
        {
            ["Target"] = new EntityReference("account", Guid.NewGuid()),
            ["Other"] = new EntityReference("account", Guid.NewGuid()),
        }));

        Assert.Contains("'Other'", fault.Message, StringComparison.Ordinal);
        Assert.Contains("must be a contact", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_GlobalApiGivenATarget_FaultsAsAnUndeclaredParameter()
    {
        using var org = Open(security: false);

        var fault = LocalEngine.Fault(() => org.SystemService.Execute(new OrganizationRequest("fab_Guarded") { ["Text"] = "a", ["Target"] = new EntityReference("account", Guid.NewGuid()) }));

        Assert.Contains("'Target' is not a parameter", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_CallerWithoutTheExecutePrivilege_RefusedNamingIt()
    {
        using var org = Open(security: true);
        var nobody = User(org, roleName: null);

        var fault = LocalEngine.Fault(() => org.ServiceAs(nobody).Execute(new OrganizationRequest("fab_Guarded") { ["Text"] = "hello" }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("is missing prvReadAccount privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_CallerWithTheExecutePrivilege_Runs()
    {
        using var org = Open(security: true);
        var rep = User(org, StandardRoles.Salesperson.Name);

        Assert.Equal(5, org.ServiceAs(rep).Execute(new OrganizationRequest("fab_Guarded") { ["Text"] = "hello" })["Length"]);
    }

    [Fact]
    public void MessagePrivileges_ApiWithoutExecutePrivilege_ChecksItsInnerRequestsOnly()
    {
        var handler = MessageHandlerRegistry.CreateDefault().RegisterCustomApi(OnAccount).TryResolve("fab_OnAccount")!;

        Assert.Same(MessagePrivileges.InnerRequests, handler.Privileges);
    }

    [Fact]
    public void CreateInMemory_ApiNamedLikeAPlatformMessage_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { CustomApis = [new CustomApiDefinition("Create")] }));

        Assert.Contains("platform message", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CustomApiBindingType.Entity, null, false, "names no bound table")]
    [InlineData(CustomApiBindingType.Global, "account", false, "is global")]
    [InlineData(CustomApiBindingType.Global, null, true, "is a function but has no response property")]
    public void RegisterCustomApi_DefinitionDataverseRefuses_ThrowsSayingWhy(CustomApiBindingType binding, string? table, bool function, string why)
    {
        var api = new CustomApiDefinition("fab_Bad") { BindingType = binding, BoundEntityLogicalName = table, IsFunction = function };

        var error = Assert.Throws<ArgumentException>(() => MessageHandlerRegistry.CreateDefault().RegisterCustomApi(api));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterCustomApi_ParameterDeclaredTwice_Throws()
    {
        var api = new CustomApiDefinition("fab_Twice") { RequestParameters = [new("A", CustomApiFieldType.String), new("A", CustomApiFieldType.Integer)] };

        Assert.Contains("'A' twice", Assert.Throws<ArgumentException>(() => MessageHandlerRegistry.CreateDefault().RegisterCustomApi(api)).Message, StringComparison.Ordinal);
    }

    private static LocalOrganization Open(bool security) =>
        LocalOrganization.CreateInMemory(new LocalOrganizationOptions { CustomApis = [OnAccount, Guarded], EnforceSecurity = security });

    private static Guid User(LocalOrganization org, string? roleName)
    {
        var unit = org.SystemService.Create(new Entity("businessunit") { ["name"] = "Root" });
        var user = org.SystemService.Create(new Entity("systemuser")
        {
            ["lastname"] = roleName ?? "Nobody",
            ["domainname"] = Guid.NewGuid().ToString("N") + "@fabrikam.test",
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
        if (roleName is not null)
        {
            var role = org.SystemService.Create(new Entity("role") { ["name"] = roleName, ["businessunitid"] = new EntityReference("businessunit", unit) });
            org.SystemService.Associate("systemuser", user, new Relationship("systemuserroles_association"), [new EntityReference("role", role)]);
        }

        return user;
    }
}
