using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>How an update or delete treats the row version of the record.</summary>
[DataContract(Name = "ConcurrencyBehavior", Namespace = XrmContracts.Namespace)]
public enum ConcurrencyBehavior
{
    [EnumMember]
    Default = 0,

    [EnumMember]
    IfRowVersionMatches = 1,

    [EnumMember]
    AlwaysOverwrite = 2,
}
