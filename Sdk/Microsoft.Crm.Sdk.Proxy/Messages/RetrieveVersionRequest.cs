using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Retrieves the version of the organization. Message name "RetrieveVersion".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class RetrieveVersionRequest : OrganizationRequest
{
    public RetrieveVersionRequest()
    {
        RequestName = "RetrieveVersion";
    }
}
