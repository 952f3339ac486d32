using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>
/// PublishAllXml: succeeds and changes nothing. The engine has no unpublished layer: what an import or a write
/// brings serves requests as soon as it commits, so there is nothing left to publish.
/// </summary>
internal sealed class PublishAllXmlHandler : IMessageHandler
{
    public string MessageName => "PublishAllXml";

    public MessagePrivileges Privileges => ImportPrivileges.Publish;

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context) => new PublishAllXmlResponse();
}
