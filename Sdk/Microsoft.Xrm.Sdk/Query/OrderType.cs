using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The direction of a sort.</summary>
[DataContract(Name = "OrderType", Namespace = XrmContracts.Namespace)]
public enum OrderType
{
    [EnumMember]
    Ascending = 0,

    [EnumMember]
    Descending = 1,
}
