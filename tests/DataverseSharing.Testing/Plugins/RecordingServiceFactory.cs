using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Plugins;

/// <summary>Records which users services were created for and hands out the service the test supplies.</summary>
public sealed class RecordingServiceFactory : IOrganizationServiceFactory
{
    private readonly Func<Guid?, IOrganizationService> create;
    private readonly List<Guid?> requestedUsers = new();

    public RecordingServiceFactory(Func<Guid?, IOrganizationService> create) => this.create = create;

    public IReadOnlyList<Guid?> RequestedUsers => requestedUsers;

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        requestedUsers.Add(userId);
        return create(userId);
    }
}
