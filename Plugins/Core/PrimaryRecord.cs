using System;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Core;

/// <summary>
/// The id of the row a step runs for, from the request's own parameters first: Win and Lose name their opportunity
/// only inside the OpportunityClose input parameter (its opportunityid), SetState in EntityMoniker, Update in
/// Target, Assign and Delete in a Target reference; PrimaryEntityId when none of them is there.
/// </summary>
internal static class PrimaryRecord
{
    /// <summary>The Win/Lose input parameter holding the opportunityclose activity.</summary>
    public const string OpportunityCloseParameter = "OpportunityClose";

    public static Guid IdOf(IPluginExecutionContext execution)
    {
        var inputs = execution.InputParameters;
        if (inputs.Contains(OpportunityCloseParameter) && inputs[OpportunityCloseParameter] is Entity close
            && close.GetAttributeValue<EntityReference>("opportunityid") is { } opportunity)
        {
            return opportunity.Id;
        }

        if (execution.PrimaryEntityId != Guid.Empty)
        {
            return execution.PrimaryEntityId;
        }

        return inputs.Contains("EntityMoniker") && inputs["EntityMoniker"] is EntityReference moniker ? moniker.Id
            : inputs.Contains("Target") && inputs["Target"] is Entity target ? target.Id
            : inputs.Contains("Target") && inputs["Target"] is EntityReference reference ? reference.Id
            : Guid.Empty;
    }
}
