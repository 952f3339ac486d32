using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a record. Message name "Delete".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Parameters["Target"] = null;
    }

    /// <summary>The record to delete. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target")!;
        set => Parameters["Target"] = value;
    }

    /// <summary>How the row version is checked. Parameter "ConcurrencyBehavior".</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
