using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sets the state and status reason of a record. Message name "SetState".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class SetStateRequest : OrganizationRequest
{
    public SetStateRequest()
    {
        RequestName = "SetState";
        Parameters["EntityMoniker"] = null;
        Parameters["State"] = null;
        Parameters["Status"] = null;
    }

    /// <summary>The record. Parameter "EntityMoniker".</summary>
    public EntityReference EntityMoniker
    {
        get => MessageValues.Get<EntityReference>(Parameters, "EntityMoniker")!;
        set => Parameters["EntityMoniker"] = value;
    }

    /// <summary>The new state. Parameter "State".</summary>
    public OptionSetValue State
    {
        get => MessageValues.Get<OptionSetValue>(Parameters, "State")!;
        set => Parameters["State"] = value;
    }

    /// <summary>The new status reason. Parameter "Status".</summary>
    public OptionSetValue Status
    {
        get => MessageValues.Get<OptionSetValue>(Parameters, "Status")!;
        set => Parameters["Status"] = value;
    }
}
