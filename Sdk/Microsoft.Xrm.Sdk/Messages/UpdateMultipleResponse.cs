using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="UpdateMultipleRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class UpdateMultipleResponse : OrganizationResponse
{
    public UpdateMultipleResponse()
    {
    }
}
