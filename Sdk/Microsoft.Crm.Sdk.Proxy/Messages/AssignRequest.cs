using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Assigns a record to a user or team. Message name "Assign".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class AssignRequest : OrganizationRequest
{
    public AssignRequest()
    {
        RequestName = "Assign";
        Parameters["Target"] = null;
        Parameters["Assignee"] = null;
    }

    /// <summary>The record to assign. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => MessageValues.Get<EntityReference>(Parameters, "Target")!;
        set => Parameters["Target"] = value;
    }

    /// <summary>The new owner. Parameter "Assignee".</summary>
    public EntityReference Assignee
    {
        get => MessageValues.Get<EntityReference>(Parameters, "Assignee")!;
        set => Parameters["Assignee"] = value;
    }
}
