using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Named message parameters: request inputs, response results, shared variables.</summary>
[CollectionDataContract(Name = "ParameterCollection", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(Entity))]
[KnownType(typeof(EntityCollection))]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(EntityReferenceCollection))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(OptionSetValueCollection))]
[KnownType(typeof(Money))]
[KnownType(typeof(AliasedValue))]
[KnownType(typeof(Relationship))]
[KnownType(typeof(ColumnSet))]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
[KnownType(typeof(OrganizationRequestCollection))]
[KnownType(typeof(OrganizationResponseCollection))]
[KnownType(typeof(ExecuteMultipleSettings))]
[KnownType(typeof(ExecuteMultipleResponseItemCollection))]
[KnownType(typeof(Guid[]))]
[KnownType(typeof(string[]))]
public class ParameterCollection : DataCollection<string, object?>
{
    public ParameterCollection()
    {
    }

    public ParameterCollection(IDictionary<string, object?> dictionary)
        : base(dictionary)
    {
    }
}
