using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="DisassociateRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class DisassociateResponse : OrganizationResponse
{
    public DisassociateResponse()
    {
    }
}
