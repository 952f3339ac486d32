using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Closes an opportunity as won. Message name "WinOpportunity".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class WinOpportunityRequest : OrganizationRequest
{
    public WinOpportunityRequest()
    {
        RequestName = "WinOpportunity";
        Parameters["OpportunityClose"] = null;
        Parameters["Status"] = null;
    }

    /// <summary>The opportunity-close activity recording the outcome. Parameter "OpportunityClose".</summary>
    public Entity OpportunityClose
    {
        get => MessageValues.Get<Entity>(Parameters, "OpportunityClose")!;
        set => Parameters["OpportunityClose"] = value;
    }

    /// <summary>The status reason of the won opportunity. Parameter "Status".</summary>
    public OptionSetValue Status
    {
        get => MessageValues.Get<OptionSetValue>(Parameters, "Status")!;
        set => Parameters["Status"] = value;
    }
}
