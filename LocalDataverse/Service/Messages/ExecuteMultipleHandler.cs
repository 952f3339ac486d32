using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// ExecuteMultiple: runs each request through the organization service as a request of its own (own transaction,
/// own plug-ins; not atomic, as on the platform). Stops at the first fault unless ContinueOnError; faults are always
/// returned, successful responses only with ReturnResponses.
/// </summary>
internal sealed class ExecuteMultipleHandler : IContainerMessageHandler
{
    /// <summary>Each request runs through the service and is checked there, as if sent alone.</summary>
    public MessagePrivileges Privileges => MessagePrivileges.InnerRequests;

    public string MessageName => "ExecuteMultiple";

    /// <summary>Reached when a plug-in runs ExecuteMultiple: the inner requests then join the plug-in's transaction.</summary>
    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context) => Execute(request, context.Service);

    public OrganizationResponse Execute(OrganizationRequest request, IOrganizationService service)
    {
        var settings = RequestParameters.Get<ExecuteMultipleSettings>(request, "Settings")
            ?? throw DataverseFaults.InvalidArgument("ExecuteMultiple requires Settings (ContinueOnError, ReturnResponses).");
        var requests = RequestBatchRules.Validate(request);
        var items = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var i = 0; i < requests.Count; i++)
        {
            var fault = RequestBatchRules.TryExecute(service, requests[i], out var response);
            if (fault is not null)
            {
                faulted = true;
                items.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Fault = fault });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
            else if (settings.ReturnResponses)
            {
                items.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Response = response });
            }
        }

        var result = new ExecuteMultipleResponse { ResponseName = MessageName };
        result["Responses"] = items;
        result["IsFaulted"] = faulted;
        return result;
    }
}
