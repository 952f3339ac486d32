using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The alternate-key values that identify a record, by attribute logical name.</summary>
[CollectionDataContract(Name = "KeyAttributeCollection", Namespace = XrmContracts.Namespace)]
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
public sealed class KeyAttributeCollection : DataCollection<string, object?>
{
    public KeyAttributeCollection()
    {
    }

    public KeyAttributeCollection(IDictionary<string, object?> dictionary)
        : base(dictionary)
    {
    }
}
