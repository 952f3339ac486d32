using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="PublishAllXmlRequest"/>; it carries no results.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class PublishAllXmlResponse : OrganizationResponse
{
    public PublishAllXmlResponse()
    {
    }
}
