using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates several records of one table. Message name "UpdateMultiple".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class UpdateMultipleRequest : OrganizationRequest
{
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
        Parameters["Targets"] = null;
    }

    /// <summary>The records, with the attributes to change. Parameter "Targets".</summary>
    public EntityCollection Targets
    {
        get => GetParameter<EntityCollection>("Targets")!;
        set => Parameters["Targets"] = value;
    }

    /// <summary>How the row versions are checked. Parameter "ConcurrencyBehavior".</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
