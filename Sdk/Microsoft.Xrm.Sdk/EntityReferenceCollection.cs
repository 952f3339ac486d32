using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A list of record references, e.g. the related records of an associate request.</summary>
[CollectionDataContract(Name = "EntityReferenceCollection", Namespace = XrmContracts.Namespace)]
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
