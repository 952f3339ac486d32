using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Retrieves the calling user, business unit and organization. Message name "WhoAmI".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class WhoAmIRequest : OrganizationRequest
{
    public WhoAmIRequest()
    {
        RequestName = "WhoAmI";
    }
}
