using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates a record, or creates it when it does not exist. Message name "Upsert".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Parameters["Target"] = null;
    }

    /// <summary>The record, identified by id or alternate keys. Parameter "Target".</summary>
    public Entity Target
    {
        get => GetParameter<Entity>("Target")!;
        set => Parameters["Target"] = value;
    }
}
