using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Publishes every unpublished customization. Message name "PublishAllXml".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class PublishAllXmlRequest : OrganizationRequest
{
    public PublishAllXmlRequest()
    {
        RequestName = "PublishAllXml";
    }
}
