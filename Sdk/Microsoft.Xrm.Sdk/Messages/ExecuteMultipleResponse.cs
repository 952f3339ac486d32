using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The response to <see cref="ExecuteMultipleRequest"/>.</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
    }

    /// <summary>Whether at least one request failed. Result "IsFaulted".</summary>
    public bool IsFaulted => GetResult<bool>("IsFaulted");

    /// <summary>The per-request results. Result "Responses".</summary>
    public ExecuteMultipleResponseItemCollection Responses => GetResult<ExecuteMultipleResponseItemCollection>("Responses")!;
}
