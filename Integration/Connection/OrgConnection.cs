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

    /// <summary>
    /// Runs work so that all its writes commit together or not at all, however many there are, when the org can:
    /// the embedded default can. Null when it cannot: a real Dataverse commits at most 1,000 requests together
    /// (one ExecuteTransaction), so a larger write there goes in batches.
    /// </summary>
    public IWholeTransaction? WholeTransaction { get; init; }

    /// <summary>
    /// Reads which org this is now. Another value later means the org was replaced under the connection (an
    /// <c>init --force</c> in another process). Null when the org cannot tell.
    /// </summary>
    public Func<Guid?>? ReadIdentity { get; init; }

    /// <summary>The asynchronous steps the org queued, when they run where the console can wait for them (the embedded default).</summary>
    public IAsyncWork? AsyncWork { get; init; }

    public void Dispose() => owner?.Dispose();
}
