using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The change-tracking state of an entity instance.</summary>
[DataContract(Name = "EntityState", Namespace = XrmContracts.Namespace)]
public enum EntityState
{
    [EnumMember]
    Unchanged = 0,

    [EnumMember]
    Created = 1,

    [EnumMember]
    Changed = 2,
}
