using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="WinOpportunityRequest"/>.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class WinOpportunityResponse : OrganizationResponse
{
    public WinOpportunityResponse()
    {
    }
}
