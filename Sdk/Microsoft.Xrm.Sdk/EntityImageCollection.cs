using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Entity images (pre- or post-operation snapshots) registered on a plug-in step, by image alias.</summary>
[CollectionDataContract(Name = "EntityImageCollection", Namespace = XrmContracts.Namespace)]
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    public EntityImageCollection(IDictionary<string, Entity> dictionary)
        : base(dictionary)
    {
    }
}
