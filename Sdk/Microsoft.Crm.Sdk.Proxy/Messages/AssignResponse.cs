using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="AssignRequest"/>.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class AssignResponse : OrganizationResponse
{
    public AssignResponse()
    {
    }
}
