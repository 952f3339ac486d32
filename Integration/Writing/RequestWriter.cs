using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Integration.Writing;

/// <summary>
/// Sends a list of writes the fastest safe way the service offers: ExecuteTransaction in batches of 1,000 (Dataverse's
/// limit), so each batch commits whole; on a service without ExecuteTransaction, one request at a time. Callers
/// validate everything before calling, so the one-at-a-time path only fails on storage errors. Batches alone do not
/// make a larger list all or nothing: a caller that needs that runs the writer inside the connection's
/// <see cref="Connection.OrgConnection.WholeTransaction"/>, which every batch then joins.
/// </summary>
public sealed class RequestWriter
{
    private const int BatchSize = 1000;
    private readonly IOrganizationService service;
    private bool? transactionsSupported;

    public RequestWriter(IOrganizationService service) => this.service = service;

    /// <summary>Whether the last write went through ExecuteTransaction (null before the first write).</summary>
    public bool? UsedTransactions => transactionsSupported;

    public void Write(IReadOnlyList<OrganizationRequest> requests, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var done = 0;
        foreach (var batch in requests.Chunk(BatchSize))
        {
            if (transactionsSupported != false && TryTransaction(batch))
            {
                transactionsSupported = true;
            }
            else
            {
                foreach (var request in batch)
                {
                    service.Execute(request);
                }
            }

            done += batch.Length;
            progress?.Invoke(done);
        }
    }

    private bool TryTransaction(OrganizationRequest[] batch)
    {
        var request = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection(), ReturnResponses = false };
        request.Requests.AddRange(batch);
        try
        {
            service.Execute(request);
            return true;
        }
        catch (FaultException<OrganizationServiceFault> e) when (transactionsSupported is null && IsUnsupported(e))
        {
            transactionsSupported = false;
            return false;
        }
    }

    private static bool IsUnsupported(FaultException<OrganizationServiceFault> e) =>
        e.Detail?.Message?.Contains("'ExecuteTransaction'", StringComparison.Ordinal) == true
        && e.Detail.Message.Contains("not support", StringComparison.OrdinalIgnoreCase);
}
