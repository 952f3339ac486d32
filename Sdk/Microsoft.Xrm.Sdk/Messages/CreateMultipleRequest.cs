using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates several records of one table. Message name "CreateMultiple".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class CreateMultipleRequest : OrganizationRequest
{
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
        Parameters["Targets"] = null;
    }

    /// <summary>The records to create. Parameter "Targets".</summary>
    public EntityCollection Targets
    {
        get => GetParameter<EntityCollection>("Targets")!;
        set => Parameters["Targets"] = value;
    }
}
