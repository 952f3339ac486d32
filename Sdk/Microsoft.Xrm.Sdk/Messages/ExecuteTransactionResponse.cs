using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="ExecuteTransactionRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public ExecuteTransactionResponse()
    {
    }

    /// <summary>The responses, in request order. Result "Responses".</summary>
    public OrganizationResponseCollection Responses => GetResult<OrganizationResponseCollection>("Responses")!;
}
