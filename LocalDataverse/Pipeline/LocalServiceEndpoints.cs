using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// IServiceEndpointNotificationService for plug-ins. No Service Bus, Event Hub or webhook exists locally, so a
/// post fails the step with a fault that says so, instead of pretending the message was delivered.
/// </summary>
internal sealed class LocalServiceEndpoints : IServiceEndpointNotificationService
{
    private readonly string pluginType;

    public LocalServiceEndpoints(string pluginType) => this.pluginType = pluginType;

    public string Execute(EntityReference serviceEndpoint, IExecutionContext context)
    {
        var endpoint = serviceEndpoint is null ? "(null)" : $"{serviceEndpoint.Id}{(string.IsNullOrEmpty(serviceEndpoint.Name) ? "" : $" ({serviceEndpoint.Name})")}";
        throw DataverseFaults.Create(
            PipelineErrorCodes.Unexpected,
            $"Plug-in {pluginType} posted the {context?.MessageName} context of {context?.PrimaryEntityName} {context?.PrimaryEntityId} to service endpoint {endpoint}: LocalDataverse has no service endpoints, so nothing can be delivered.");
    }
}
