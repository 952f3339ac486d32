using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="DeleteRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class DeleteResponse : OrganizationResponse
{
    public DeleteResponse()
    {
    }
}
