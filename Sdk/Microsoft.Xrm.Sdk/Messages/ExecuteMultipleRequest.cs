using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs several requests in one call, each in its own transaction. Message name "ExecuteMultiple".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Parameters["Requests"] = null;
        Parameters["Settings"] = null;
    }

    /// <summary>The requests, in order. Parameter "Requests".</summary>
    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>("Requests")!;
        set => Parameters["Requests"] = value;
    }

    /// <summary>Whether to continue on error and return responses. Parameter "Settings".</summary>
    public ExecuteMultipleSettings Settings
    {
        get => GetParameter<ExecuteMultipleSettings>("Settings")!;
        set => Parameters["Settings"] = value;
    }
}
