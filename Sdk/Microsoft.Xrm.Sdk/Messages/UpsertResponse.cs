using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="UpsertRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
    }

    /// <summary>Whether the record was created (rather than updated). Result "RecordCreated".</summary>
    public bool RecordCreated => GetResult<bool>("RecordCreated");

    /// <summary>The created or updated record. Result "Target".</summary>
    public EntityReference Target => GetResult<EntityReference>("Target")!;
}
