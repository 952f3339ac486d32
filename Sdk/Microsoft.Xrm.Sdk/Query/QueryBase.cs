using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The base of the query kinds <see cref="IOrganizationService.RetrieveMultiple"/> accepts.</summary>
[DataContract(Name = "QueryBase", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
public abstract class QueryBase : IExtensibleDataObject
{
    protected QueryBase()
    {
    }

    public ExtensionDataObject? ExtensionData { get; set; }
}
