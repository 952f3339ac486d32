using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="UpdateRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class UpdateResponse : OrganizationResponse
{
    public UpdateResponse()
    {
    }
}
