using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

// Plug-ins that report what the service provider gave them by writing it onto the row being created (pre-operation),
// so each test reads its own row instead of sharing static state with other tests.

/// <summary>Writes what IPluginExecutionContext4 says into the target's description.</summary>
public sealed class ContextFourPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Get<IPluginExecutionContext4>();
        var target = (Entity)context.InputParameters["Target"]!;
        target["description"] = string.Join(
            "|",
            context.UserId,
            context.AuthenticatedUserId,
            context.InitiatingUserApplicationId,
            context.IsPortalsClientCall,
            context.PortalsContactId,
            context.PreEntityImagesCollection.Length,
            context.PostEntityImagesCollection.Length,
            ReferenceEquals(context, serviceProvider.GetService(typeof(IPluginExecutionContext))));
    }
}

/// <summary>Logs through PluginTelemetry.ILogger with templates, an event id, a custom property and a metric.</summary>
public sealed class TelemetryPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var logger = serviceProvider.Get<ILogger>();
        var target = (Entity)serviceProvider.Get<IPluginExecutionContext>().InputParameters["Target"]!;
        logger.LogInformation("Creating {Name} worth {Amount:N0}", target.GetAttributeValue<string>("name") ?? "", 12345);
        logger.AddCustomProperty("tenant", "contoso");
        logger.LogWarning(new EventId(7, "Budget"), "Over {Limit}", 10);
        logger.LogMetric("accounts", 1);
    }
}

/// <summary>Posts its context to a service endpoint, as an integration plug-in does.</summary>
public sealed class ServiceBusPlugin : IPlugin
{
    public static readonly Guid EndpointId = new("e0000000-0000-0000-0000-0000000000e1");

    public void Execute(IServiceProvider serviceProvider)
    {
        var notifications = serviceProvider.Get<IServiceEndpointNotificationService>();
        notifications.Execute(new EntityReference("serviceendpoint", EndpointId) { Name = "orders-bus" }, serviceProvider.Get<IPluginExecutionContext>());
    }
}

/// <summary>Reads a feature control and writes what it got.</summary>
public sealed class FeatureControlPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var value = serviceProvider.Get<IFeatureControlService>().GetFeatureControl("Sales", "SomeFeature", out var type);
        var target = (Entity)serviceProvider.Get<IPluginExecutionContext>().InputParameters["Target"]!;
        target["description"] = $"{value ?? "null"}|{type?.Name ?? "null"}";
    }
}

/// <summary>
/// Post-operation: creates a contact through a service for the user named in its unsecure configuration
/// ("null" for SYSTEM, "empty" for Guid.Empty, otherwise a user id).
/// </summary>
public sealed class ImpersonatingPlugin : IPlugin
{
    private readonly Guid? userId;

    public ImpersonatingPlugin(string unsecure, string secure)
    {
        userId = unsecure switch
        {
            "null" => null,
            "empty" => Guid.Empty,
            _ => Guid.Parse(unsecure),
        };
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Get<IPluginExecutionContext>();
        var service = serviceProvider.Get<IOrganizationServiceFactory>().CreateOrganizationService(userId);
        service.Create(new Entity("contact")
        {
            ["lastname"] = context.PrimaryEntityId.ToString("D", CultureInfo.InvariantCulture),
        });
    }
}
