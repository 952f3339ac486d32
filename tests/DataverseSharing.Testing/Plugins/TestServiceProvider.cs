using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Plugins;

/// <summary>The service provider a plug-in receives, holding the services a test sets.</summary>
public sealed class TestServiceProvider : IServiceProvider
{
    private readonly Dictionary<Type, object> services = new();

    public TestServiceProvider(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        services[typeof(IPluginExecutionContext)] = context;
        services[typeof(ITracingService)] = tracing;
        services[typeof(IOrganizationServiceFactory)] = factory;
    }

    public void Remove<T>() => services.Remove(typeof(T));

    public object? GetService(Type serviceType) => services.TryGetValue(serviceType, out var service) ? service : null;
}
