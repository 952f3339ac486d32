using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="AssociateRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class AssociateResponse : OrganizationResponse
{
    public AssociateResponse()
    {
    }
}
