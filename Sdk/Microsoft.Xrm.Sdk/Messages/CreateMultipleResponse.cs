using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="CreateMultipleRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class CreateMultipleResponse : OrganizationResponse
{
    public CreateMultipleResponse()
    {
    }

    /// <summary>The ids of the created records, in request order. Result "Ids".</summary>
    public Guid[] Ids => GetResult<Guid[]>("Ids")!;
}
