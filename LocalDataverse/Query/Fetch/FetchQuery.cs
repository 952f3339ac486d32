using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// A parsed FetchXML query: the <see cref="QueryExpression"/> the SQL translator runs for every query kind, plus
/// what only FetchXML has (column aliases and the aggregate model).
/// </summary>
/// <remarks>
/// Condition values stay the strings written in the FetchXML; <see cref="FetchValueConverter"/> types them once the
/// translator knows each column's type. In the query: <see cref="PagingInfo.Count"/> 0 means the default page size,
/// <see cref="PagingInfo.PageNumber"/> 0 means no paging was asked for, and link-entities without an alias carry the
/// alias Dataverse generates ({name}{n}, n counting the link-entities in document order).
/// </remarks>
internal sealed class FetchQuery
{
    public FetchQuery(QueryExpression query, IReadOnlyList<FetchColumn> columns, FetchAggregation? aggregation)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(columns);
        Query = query;
        Columns = columns;
        Aggregation = aggregation;
    }

    /// <summary>The logical name of the root entity.</summary>
    public string EntityName => Query.EntityName;

    /// <summary>The query: columns, criteria, links, sort, distinct, top and paging.</summary>
    public QueryExpression Query { get; }

    /// <summary>Every attribute element, root and links, in document order (aliases included).</summary>
    public IReadOnlyList<FetchColumn> Columns { get; }

    /// <summary>The aggregate model when the fetch has aggregate="true"; otherwise null.</summary>
    public FetchAggregation? Aggregation { get; }

    /// <summary>Whether the fetch has aggregate="true".</summary>
    public bool IsAggregate => Aggregation is not null;
}
