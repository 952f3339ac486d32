using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="RetrieveMultipleRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
    }

    /// <summary>The matching records. Result "EntityCollection".</summary>
    public EntityCollection EntityCollection => GetResult<EntityCollection>("EntityCollection")!;
}
