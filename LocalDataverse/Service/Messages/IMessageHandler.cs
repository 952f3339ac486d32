using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Carries out one message (Create, Retrieve...) inside the request's transaction. The plug-in pipeline will
/// wrap these core operations with its stages, so a handler does the main operation only.
/// </summary>
internal interface IMessageHandler
{
    /// <summary>The message name, as OrganizationRequest.RequestName spells it.</summary>
    string MessageName { get; }

    /// <summary>
    /// What a caller under security roles needs to send the message; the authorizer checks exactly this before the
    /// main operation. A handler that declares nothing can be used by SYSTEM only.
    /// </summary>
    MessagePrivileges Privileges => MessagePrivileges.Undeclared;

    OrganizationResponse Handle(OrganizationRequest request, RequestContext context);
}
