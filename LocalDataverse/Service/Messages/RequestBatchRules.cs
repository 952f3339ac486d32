using System.ServiceModel;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// What Dataverse accepts in the request collection of ExecuteMultiple and ExecuteTransaction: at most 1,000
/// requests, none null, and no batch inside a batch. Checked before any request runs, so a refused batch changes nothing.
/// </summary>
internal static class RequestBatchRules
{
    /// <summary>The platform's batch size limit; the fault carries it as ErrorDetails["MaxBatchSize"], which clients read to split batches.</summary>
    public const int MaxBatchSize = 1000;

    private static readonly HashSet<string> BatchMessages = new(StringComparer.Ordinal) { "ExecuteMultiple", "ExecuteTransaction" };

    public static OrganizationRequestCollection Validate(OrganizationRequest request)
    {
        var requests = RequestParameters.Get<OrganizationRequestCollection>(request, "Requests")
            ?? throw DataverseFaults.InvalidArgument($"{request.RequestName} requires a Requests collection.");
        if (requests.Count > MaxBatchSize)
        {
            var fault = DataverseFaults.InvalidArgument(
                $"The number of requests in {request.RequestName} ({requests.Count}) exceeds the maximum allowed batch size of {MaxBatchSize}.");
            fault.Detail.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw fault;
        }

        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i] is not { } inner)
            {
                throw DataverseFaults.InvalidArgument($"The request at index {i} of {request.RequestName} is null.");
            }

            if (BatchMessages.Contains(inner.RequestName))
            {
                throw DataverseFaults.InvalidArgument(
                    $"{request.RequestName} cannot contain a {inner.RequestName} request (index {i}): batch requests cannot be nested.");
            }
        }

        return requests;
    }

    /// <summary>Runs one inner request; its fault is returned rather than thrown.</summary>
    public static OrganizationServiceFault? TryExecute(IOrganizationService service, OrganizationRequest request, out OrganizationResponse? response)
    {
        try
        {
            response = service.Execute(request);
            return null;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            response = null;
            return fault.Detail;
        }
    }
}
