using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Carries out one message (Create, Retrieve...) inside the request's transaction. The plug-in pipeline will
/// wrap these core operations with its stages, so a handler does the main operation only.
/// </summary>
public interface IMessageHandler
{
    /// <summary>The message name, as OrganizationRequest.RequestName spells it.</summary>
    string MessageName { get; }

    OrganizationResponse Handle(OrganizationRequest request, RequestContext context);
}
