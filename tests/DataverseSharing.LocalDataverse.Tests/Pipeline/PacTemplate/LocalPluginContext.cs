using System.Runtime.CompilerServices;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.PacTemplate;

/// <summary>Builds the services from the provider with the SDK's Get&lt;T&gt; extension, failing early if one is missing.</summary>
public sealed class LocalPluginContext : ILocalPluginContext
{
    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        ServiceProvider = serviceProvider ?? throw new InvalidPluginExecutionException(nameof(serviceProvider));
        Logger = Required<ILogger>(serviceProvider);
        PluginExecutionContext = Required<IPluginExecutionContext>(serviceProvider);
        TracingService = Required<ITracingService>(serviceProvider);
        NotificationService = Required<IServiceEndpointNotificationService>(serviceProvider);
        var factory = Required<IOrganizationServiceFactory>(serviceProvider);
        PluginUserService = serviceProvider.GetOrganizationService(PluginExecutionContext.UserId);
        InitiatingUserService = factory.CreateOrganizationService(PluginExecutionContext.InitiatingUserId);
    }

    public IOrganizationService InitiatingUserService { get; }

    public IOrganizationService PluginUserService { get; }

    public IPluginExecutionContext PluginExecutionContext { get; }

    public IServiceEndpointNotificationService NotificationService { get; }

    public ITracingService TracingService { get; }

    public ILogger Logger { get; }

    public IServiceProvider ServiceProvider { get; }

    public void Trace(string message, [CallerMemberName] string method = "")
    {
        if (!string.IsNullOrWhiteSpace(message))
        {
            TracingService.Trace("[{0}] {1}", method, message);
        }
    }

    private static T Required<T>(IServiceProvider provider) where T : class =>
        provider.Get<T>() ?? throw new InvalidPluginExecutionException($"The service provider has no {typeof(T).Name}.");
}
