using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Additional details of a service fault, by name.</summary>
[CollectionDataContract(Name = "ErrorDetailCollection", Namespace = XrmContracts.Namespace)]
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
public sealed class ErrorDetailCollection : DataCollection<string, object?>
{
    public ErrorDetailCollection()
    {
    }
}
