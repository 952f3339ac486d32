using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// A message the engine does not know, carried out by your code: register it in
/// <see cref="LocalOrganizationOptions.MessageHandlers"/>. Requests named <see cref="MessageName"/> then run through
/// the event pipeline like the engine's own (steps registered on the message fire, a failure rolls everything back),
/// and callers under security roles need every privilege in <see cref="Privileges"/>.
/// </summary>
public interface ICustomMessageHandler
{
    /// <summary>The message name, as <see cref="OrganizationRequest.RequestName"/> spells it. Must not be a built-in message.</summary>
    string MessageName { get; }

    /// <summary>
    /// The table privileges a caller needs (at any depth) to send the message. Empty declares nothing: like an engine
    /// message that declares nothing, only SYSTEM may send it.
    /// </summary>
    IReadOnlyList<CustomMessagePrivilege> Privileges { get; }

    /// <summary>The main operation, inside the request's transaction; returns the response the caller gets.</summary>
    OrganizationResponse Execute(OrganizationRequest request, CustomMessageContext context);
}
