using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The role an entity plays in a self-referential relationship.</summary>
[DataContract(Name = "EntityRole", Namespace = XrmContracts.Namespace)]
public enum EntityRole
{
    [EnumMember]
    Referencing = 0,

    [EnumMember]
    Referenced = 1,
}
