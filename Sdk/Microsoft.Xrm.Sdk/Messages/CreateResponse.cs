using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="CreateRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
    }

    /// <summary>The id of the created record. Result "id".</summary>
    public Guid id => GetResult<Guid>("id");
}
