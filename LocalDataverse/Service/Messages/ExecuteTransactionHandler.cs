using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// ExecuteTransaction: runs the requests in order inside this request's one transaction, each with its plug-ins. A
/// fault stops the batch and rolls everything back; the fault says which request failed.
/// </summary>
internal sealed class ExecuteTransactionHandler : IMessageHandler
{
    /// <summary>Each request runs through the service and is checked there, as if sent alone, in order.</summary>
    public MessagePrivileges Privileges => MessagePrivileges.InnerRequests;

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

    /// <summary>
    /// The platform's fault: an ExecuteTransactionFault (read it from the FaultException's Detail) with the failed
    /// request's code, message and details, and its index in FaultedRequestIndex.
    /// </summary>
    private static System.ServiceModel.FaultException<OrganizationServiceFault> Faulted(int index, OrganizationServiceFault inner)
    {
        var fault = new ExecuteTransactionFault
        {
            ErrorCode = inner.ErrorCode,
            Message = inner.Message,
            Timestamp = inner.Timestamp,
            TraceText = inner.TraceText,
            InnerFault = inner.InnerFault,
            FaultedRequestIndex = index,
        };
        foreach (var (name, value) in inner.ErrorDetails)
        {
            fault.ErrorDetails[name] = value;
        }

        return new System.ServiceModel.FaultException<OrganizationServiceFault>(fault, new System.ServiceModel.FaultReason(inner.Message ?? string.Empty));
    }
}
