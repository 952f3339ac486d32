using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The attribute values of an entity, by attribute logical name.</summary>
[CollectionDataContract(Name = "AttributeCollection", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(Entity))]
[KnownType(typeof(EntityCollection))]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(EntityReferenceCollection))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(OptionSetValueCollection))]
[KnownType(typeof(Money))]
[KnownType(typeof(AliasedValue))]
[KnownType(typeof(Guid[]))]
[KnownType(typeof(string[]))]
public sealed class AttributeCollection : DataCollection<string, object?>
{
    public AttributeCollection()
    {
    }

    public AttributeCollection(IDictionary<string, object?> dictionary)
        : base(dictionary)
    {
    }
}
