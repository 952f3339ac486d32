using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The result of one request of an execute-multiple request: its response or its fault.</summary>
[DataContract(Name = "ExecuteMultipleResponseItem", Namespace = XrmContracts.Namespace)]
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    /// <summary>The zero-based index of the request in the request collection.</summary>
    [DataMember]
    public int RequestIndex { get; set; }

    /// <summary>The response, when the request succeeded and responses were requested.</summary>
    [DataMember]
    public OrganizationResponse? Response { get; set; }

    /// <summary>The fault, when the request failed.</summary>
    [DataMember]
    public OrganizationServiceFault? Fault { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
