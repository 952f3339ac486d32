using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>WhoAmI: the caller, the caller's business unit (Guid.Empty when the user has no row) and the organization.</summary>
internal sealed class WhoAmIHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.NoneRequired;

    public string MessageName => "WhoAmI";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var users = context.Catalog.GetTable("systemuser");
        var user = new RecordStore(context, users).Read(context.UserId, [TableLookup.Column(users, "businessunitid")]);
        var response = new WhoAmIResponse();
        response["UserId"] = context.UserId;
        response["BusinessUnitId"] = user?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty;

        // The pipeline holds the organization's identity, so plug-in contexts and WhoAmI agree on it.
        response["OrganizationId"] = context.Service.Pipeline.OrganizationId;
        return response;
    }
}
