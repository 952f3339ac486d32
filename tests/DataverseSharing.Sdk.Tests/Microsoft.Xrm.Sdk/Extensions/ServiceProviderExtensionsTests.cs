using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Extensions;

public class ServiceProviderExtensionsTests
{
    [Fact]
    public void Get_ServicePresent_ReturnsItTyped()
    {
        var factory = new RecordingFactory();
        IServiceProvider provider = new SingleServiceProvider(typeof(IOrganizationServiceFactory), factory);

        Assert.Same(factory, provider.Get<IOrganizationServiceFactory>());
    }

    [Fact]
    public void Get_ServiceAbsent_ReturnsNull()
    {
        IServiceProvider provider = new SingleServiceProvider(typeof(IOrganizationServiceFactory), new RecordingFactory());

        Assert.Null(provider.Get<ITracingService>());
    }

    [Fact]
    public void GetOrganizationService_UserId_AsksTheFactoryForThatUser()
    {
        var factory = new RecordingFactory();
        var userId = Guid.NewGuid();
        IServiceProvider provider = new SingleServiceProvider(typeof(IOrganizationServiceFactory), factory);

        provider.GetOrganizationService(userId);

        Assert.Equal([userId], factory.Requested);
    }

    [Fact]
    public void GetOrganizationService_NoFactory_ThrowsNamingTheMissingService()
    {
        IServiceProvider provider = new SingleServiceProvider(typeof(ITracingService), new object());

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetOrganizationService(Guid.NewGuid()));
        Assert.Contains(nameof(IOrganizationServiceFactory), ex.Message, StringComparison.Ordinal);
    }

    private sealed class SingleServiceProvider(Type type, object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == type ? service : null;
    }

    private sealed class RecordingFactory : IOrganizationServiceFactory
    {
        public List<Guid?> Requested { get; } = [];

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            Requested.Add(userId);
            return null!;
        }
    }
}
