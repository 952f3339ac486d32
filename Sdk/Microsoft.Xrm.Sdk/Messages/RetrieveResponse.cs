using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="RetrieveRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
    }

    /// <summary>The retrieved record. Result "Entity".</summary>
    public Entity Entity => GetResult<Entity>("Entity")!;
}
