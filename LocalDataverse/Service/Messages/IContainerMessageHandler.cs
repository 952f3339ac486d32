using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// A message made of other requests that each run as a request of their own (ExecuteMultiple): the service hands
/// it over before opening a transaction, so every inner request gets its own transaction and plug-ins, as on the
/// platform. Called from inside a transaction (a plug-in), the inner requests join that one instead.
/// </summary>
internal interface IContainerMessageHandler : IMessageHandler
{
    /// <summary>Runs the inner requests through <paramref name="service"/>, outside any transaction of its own.</summary>
    OrganizationResponse Execute(OrganizationRequest request, IOrganizationService service);
}
