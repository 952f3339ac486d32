using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Connection;

/// <summary>An open org: the service commands use, and whatever must be closed when they are done.</summary>
public sealed class OrgConnection : IDisposable
{
    private readonly IDisposable? owner;

    public OrgConnection(IOrganizationService service, Guid userId, string description, IDisposable? owner)
    {
        Service = service;
        UserId = userId;
        Description = description;
        this.owner = owner;
    }

    public IOrganizationService Service { get; }

    /// <summary>The systemuser the service acts as.</summary>
    public Guid UserId { get; }

    /// <summary>Where the org is (a file path for the embedded default); never holds a secret.</summary>
    public string Description { get; }

    public void Dispose() => owner?.Dispose();
}
