using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="LoseOpportunityRequest"/>.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class LoseOpportunityResponse : OrganizationResponse
{
    public LoseOpportunityResponse()
    {
    }
}
