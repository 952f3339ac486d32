using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a record. Message name "Create".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Parameters["Target"] = null;
    }

    /// <summary>The record to create. Parameter "Target".</summary>
    public Entity Target
    {
        get => GetParameter<Entity>("Target")!;
        set => Parameters["Target"] = value;
    }
}
