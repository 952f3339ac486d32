using System.Globalization;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// ExecuteTransaction: runs the requests in order inside this request's one transaction, each with its plug-ins. A
/// fault stops the batch and rolls everything back; the fault says which request failed.
/// </summary>
internal sealed class ExecuteTransactionHandler : IMessageHandler
{
    /// <summary>
    /// The SDK here has no ExecuteTransactionFault, so the failing request's index travels as
    /// ErrorDetails["FaultedRequestIndex"] (the platform fault's property name) and in the message.
    /// </summary>
    public const string FaultedRequestIndex = "FaultedRequestIndex";

    public string MessageName => "ExecuteTransaction";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var requests = RequestBatchRules.Validate(request);
        var returnResponses = request.Parameters.TryGetValue("ReturnResponses", out var flag) && flag is true;
        var responses = new OrganizationResponseCollection();
        for (var i = 0; i < requests.Count; i++)
        {
            // Through the service, so the inner request runs its plug-ins inside this transaction.
            var fault = RequestBatchRules.TryExecute(context.Service, requests[i], out var response);
            if (fault is not null)
            {
                throw Faulted(i, fault);
            }

            if (returnResponses)
            {
                responses.Add(response!);
            }
        }

        var result = new ExecuteTransactionResponse { ResponseName = MessageName };
        result["Responses"] = responses;
        return result;
    }

    private static System.ServiceModel.FaultException<OrganizationServiceFault> Faulted(int index, OrganizationServiceFault inner)
    {
        var fault = DataverseFaults.Create(inner.ErrorCode, $"{inner.Message} (ExecuteTransaction request at index {index.ToString(CultureInfo.InvariantCulture)} failed; no request was applied.)");
        fault.Detail.InnerFault = inner;
        fault.Detail.ErrorDetails[FaultedRequestIndex] = index;
        return fault;
    }
}
