using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Closes an opportunity as lost. Message name "LoseOpportunity".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class LoseOpportunityRequest : OrganizationRequest
{
    public LoseOpportunityRequest()
    {
        RequestName = "LoseOpportunity";
        Parameters["OpportunityClose"] = null;
        Parameters["Status"] = null;
    }

    /// <summary>The opportunity-close activity recording the outcome. Parameter "OpportunityClose".</summary>
    public Entity OpportunityClose
    {
        get => MessageValues.Get<Entity>(Parameters, "OpportunityClose")!;
        set => Parameters["OpportunityClose"] = value;
    }

    /// <summary>The status reason of the lost opportunity. Parameter "Status".</summary>
    public OptionSetValue Status
    {
        get => MessageValues.Get<OptionSetValue>(Parameters, "Status")!;
        set => Parameters["Status"] = value;
    }
}
