using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates a record with the attributes the target carries. Message name "Update".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Parameters["Target"] = null;
    }

    /// <summary>The record, with the attributes to change. Parameter "Target".</summary>
    public Entity Target
    {
        get => GetParameter<Entity>("Target")!;
        set => Parameters["Target"] = value;
    }

    /// <summary>How the row version is checked. Parameter "ConcurrencyBehavior".</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
