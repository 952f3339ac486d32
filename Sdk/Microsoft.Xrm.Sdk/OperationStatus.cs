using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The outcome a plug-in reports when it fails an operation.</summary>
[DataContract(Name = "OperationStatus", Namespace = XrmContracts.Namespace)]
public enum OperationStatus
{
    [EnumMember]
    Failed = 0,

    [EnumMember]
    Canceled = 1,

    [EnumMember]
    Retry = 2,

    [EnumMember]
    Suspended = 3,

    [EnumMember]
    Succeeded = 4,
}
