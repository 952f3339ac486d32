using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>RetrieveVersion: the Dataverse version the engine behaves as (the 9.2 service of the SDK it implements).</summary>
internal sealed class RetrieveVersionHandler : IMessageHandler
{
    /// <summary>Major.minor is what clients compare; build and revision follow the platform's "9.2.yyddd.nnnnn" form.</summary>
    public const string Version = "9.2.25061.00000";

    public MessagePrivileges Privileges => MessagePrivileges.NoneRequired;

    public string MessageName => "RetrieveVersion";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var response = new RetrieveVersionResponse();
        response["Version"] = Version;
        return response;
    }
}
