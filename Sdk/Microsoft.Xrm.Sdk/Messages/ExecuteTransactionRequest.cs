using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs several requests in one transaction. Message name "ExecuteTransaction".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        Parameters["Requests"] = null;
    }

    /// <summary>The requests, in order. Parameter "Requests".</summary>
    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>("Requests")!;
        set => Parameters["Requests"] = value;
    }

    /// <summary>Whether the responses are returned. Parameter "ReturnResponses".</summary>
    public bool? ReturnResponses
    {
        get => Parameters.TryGetValue("ReturnResponses", out object? value) && value is bool flag ? flag : null;
        set => Parameters["ReturnResponses"] = value;
    }
}
