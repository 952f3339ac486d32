using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Serve.Tests.Endpoints;

/// <summary>A served organization with two test custom APIs: new_Echo (unbound) and new_Describe (bound to account).</summary>
public sealed class ActionOrg : IAsyncLifetime
{
    public ServedOrg Served { get; } = new(new LocalOrganizationOptions
    {
        EnforceSecurity = false,
        CustomApis =
        [
            new CustomApiDefinition("new_Echo")
            {
                PluginType = typeof(EchoPlugin),
                RequestParameters =
                [
                    new CustomApiParameter("Text", CustomApiFieldType.String),
                    new CustomApiParameter("Count", CustomApiFieldType.Integer, IsOptional: true),
                    new CustomApiParameter("Account", CustomApiFieldType.EntityReference, IsOptional: true) { LogicalEntityName = "account" },
                ],
                ResponseProperties =
                [
                    new CustomApiResponseProperty("Echoed", CustomApiFieldType.String),
                    new CustomApiResponseProperty("Doubled", CustomApiFieldType.Integer),
                    new CustomApiResponseProperty("Account", CustomApiFieldType.EntityReference) { LogicalEntityName = "account" },
                ],
            },
            new CustomApiDefinition("new_Describe")
            {
                PluginType = typeof(DescribePlugin),
                BindingType = CustomApiBindingType.Entity,
                BoundEntityLogicalName = "account",
                ResponseProperties = [new CustomApiResponseProperty("Description", CustomApiFieldType.String)],
            },
        ],
    });

    public Task InitializeAsync() => Served.InitializeAsync();

    public Task DisposeAsync() => Served.DisposeAsync();
}

public sealed class EchoPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.OutputParameters["Echoed"] = (string)context.InputParameters["Text"]!;
        context.OutputParameters["Doubled"] = context.InputParameters.TryGetValue("Count", out var count) && count is int n ? n * 2 : 0;
        if (context.InputParameters.TryGetValue("Account", out var account) && account is EntityReference reference)
        {
            context.OutputParameters["Account"] = reference;
        }
    }
}

public sealed class DescribePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var target = (EntityReference)context.InputParameters["Target"]!;
        var row = factory.CreateOrganizationService(context.UserId).Retrieve("account", target.Id, new Microsoft.Xrm.Sdk.Query.ColumnSet("name"));
        context.OutputParameters["Description"] = "Account " + row.GetAttributeValue<string>("name");
    }
}
