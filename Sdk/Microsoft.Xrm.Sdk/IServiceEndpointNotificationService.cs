namespace Microsoft.Xrm.Sdk;

/// <summary>Posts an execution context to a registered service endpoint (Azure Service Bus, webhook...).</summary>
public interface IServiceEndpointNotificationService
{
    /// <summary>Sends the context to the endpoint; returns the endpoint's answer for two-way endpoints.</summary>
    string Execute(EntityReference serviceEndpoint, IExecutionContext context);
}
