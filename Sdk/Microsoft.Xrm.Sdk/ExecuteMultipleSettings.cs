using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>How an execute-multiple request runs its requests.</summary>
[DataContract(Name = "ExecuteMultipleSettings", Namespace = XrmContracts.Namespace)]
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    /// <summary>Whether the remaining requests run after one fails.</summary>
    [DataMember]
    public bool ContinueOnError { get; set; }

    /// <summary>Whether successful requests' responses are returned (faults always are).</summary>
    [DataMember]
    public bool ReturnResponses { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
