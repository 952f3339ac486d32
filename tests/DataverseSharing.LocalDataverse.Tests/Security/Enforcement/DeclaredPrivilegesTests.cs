using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>A message that declares no privileges is SYSTEM's only; a custom API's writes are checked as the caller's.</summary>
public sealed class DeclaredPrivilegesTests : IDisposable
{
    private readonly SecuredOrg org = new();
    private readonly MessageHandlerRegistry handlers = MessageHandlerRegistry.CreateDefault()
        .Register(new UndeclaredHandler())
        .Register(new UndeclaredContainer())
        .RegisterCustomApi(new CustomApiDefinition("dvs_CreateAccount") { PluginType = typeof(CreateAccountAsCallerPlugin) });

    public void Dispose() => org.Dispose();

    [Fact]
    public void Execute_UndeclaredMessage_AdminRefusedNamingTheMessage()
    {
        var fault = LocalEngine.Fault(() => As(org.Admin).Execute(new OrganizationRequest("dvs_Undeclared")));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("'dvs_Undeclared' declares no privileges", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UndeclaredMessage_SystemRunsIt()
    {
        var response = As(LocalOrganizationService.SystemUserId).Execute(new OrganizationRequest("dvs_Undeclared"));

        Assert.Equal("dvs_Undeclared", response.ResponseName);
    }

    [Fact]
    public void Execute_UndeclaredContainerMessage_RefusedBeforeItRuns()
    {
        var fault = LocalEngine.Fault(() => As(org.Admin).Execute(new OrganizationRequest("dvs_UndeclaredContainer")));

        Assert.Contains("'dvs_UndeclaredContainer' declares no privileges", fault.Message, StringComparison.Ordinal);
        Assert.Equal("dvs_UndeclaredContainer", As(LocalOrganizationService.SystemUserId).Execute(new OrganizationRequest("dvs_UndeclaredContainer")).ResponseName);
    }

    [Fact]
    public void Execute_UndeclaredMessageInsideExecuteMultiple_RefusedThere()
    {
        var batch = new Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
            Requests = [new OrganizationRequest("dvs_Undeclared")],
        };

        var response = (Microsoft.Xrm.Sdk.Messages.ExecuteMultipleResponse)As(org.Admin).Execute(batch);

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, response.Responses.Single().Fault!.ErrorCode);
    }

    [Fact]
    public void CustomApi_WritingPluginCalledByUserWithoutRole_RefusedAndNothingWritten()
    {
        var fault = LocalEngine.Fault(() => As(org.NoRole).Execute(new OrganizationRequest("dvs_CreateAccount")));

        Assert.Contains("prvCreateAccount", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.Org.SystemService.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void CustomApi_WritingPluginCalledByRep_WritesAsTheRep()
    {
        As(org.Rep).Execute(new OrganizationRequest("dvs_CreateAccount"));

        var row = org.Org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("ownerid") }).Entities.Single();
        Assert.Equal(org.Rep, row.GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    private LocalOrganizationService As(Guid user) => new(org.Org.Database, user, handlers, security: SecurityEnforcement.Default);

    /// <summary>A custom handler that leaves <see cref="IMessageHandler.Privileges"/> undeclared.</summary>
    private sealed class UndeclaredHandler : IMessageHandler
    {
        public string MessageName => "dvs_Undeclared";

        public OrganizationResponse Handle(OrganizationRequest request, RequestContext context) => new() { ResponseName = MessageName };
    }

    /// <summary>A container message (no transaction of its own) that declares nothing either.</summary>
    private sealed class UndeclaredContainer : IContainerMessageHandler
    {
        public string MessageName => "dvs_UndeclaredContainer";

        public OrganizationResponse Handle(OrganizationRequest request, RequestContext context) => Execute(request, context.Service);

        public OrganizationResponse Execute(OrganizationRequest request, IOrganizationService service) => new() { ResponseName = MessageName };
    }
}

/// <summary>Creates an account through a service for the calling user, as a custom API's plug-in usually does.</summary>
public sealed class CreateAccountAsCallerPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.UserId).Create(new Entity("account") { ["name"] = "From the API" });
    }
}
