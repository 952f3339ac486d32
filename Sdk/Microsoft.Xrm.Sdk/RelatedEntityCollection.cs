using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Records related to an entity, grouped by relationship.</summary>
[CollectionDataContract(Name = "RelatedEntityCollection", Namespace = XrmContracts.Namespace)]
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    public RelatedEntityCollection()
    {
    }
}
