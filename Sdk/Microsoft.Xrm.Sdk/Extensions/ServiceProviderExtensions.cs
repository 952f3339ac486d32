using System;

namespace Microsoft.Xrm.Sdk.Extensions;

/// <summary>Typed access to the services a plug-in's IServiceProvider holds.</summary>
public static class ServiceProviderExtensions
{
    /// <summary>The service of type T, or default when the provider has none (as GetService returns null).</summary>
    public static T Get<T>(this IServiceProvider serviceProvider)
    {
        if (serviceProvider is null)
        {
            throw new ArgumentNullException(nameof(serviceProvider));
        }

        return (T)serviceProvider.GetService(typeof(T))!;
    }

    /// <summary>An organization service acting as the given user, from the provider's IOrganizationServiceFactory.</summary>
    public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid userId)
    {
        var factory = serviceProvider.Get<IOrganizationServiceFactory>()
            ?? throw new InvalidOperationException("The service provider has no IOrganizationServiceFactory.");
        return factory.CreateOrganizationService(userId);
    }
}
