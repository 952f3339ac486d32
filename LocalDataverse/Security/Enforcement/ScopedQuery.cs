using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>
/// A copy of a caller's query with the read scope of every table it touches ANDed in. The caller's query object
/// is never changed: the same query may be sent again by a user with other rights.
/// </summary>
internal static class ScopedQuery
{
    public static QueryExpression Apply(QueryExpression query, Func<string, FilterExpression?> scopeOf)
    {
        var copy = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet,
            Distinct = query.Distinct,
            NoLock = query.NoLock,
            TopCount = query.TopCount,
            PageInfo = query.PageInfo,
            Criteria = And(query.Criteria, scopeOf(query.EntityName)),
        };
        foreach (var order in query.Orders)
        {
            copy.Orders.Add(order);
        }

        foreach (var link in query.LinkEntities)
        {
            copy.LinkEntities.Add(Copy(link, scopeOf));
        }

        return copy;
    }

    private static LinkEntity Copy(LinkEntity link, Func<string, FilterExpression?> scopeOf)
    {
        var copy = new LinkEntity(link.LinkFromEntityName, link.LinkToEntityName, link.LinkFromAttributeName, link.LinkToAttributeName, link.JoinOperator)
        {
            EntityAlias = link.EntityAlias,
            Columns = link.Columns,
            LinkCriteria = And(link.LinkCriteria, scopeOf(link.LinkToEntityName)),
        };
        foreach (var order in link.Orders)
        {
            copy.Orders.Add(order);
        }

        foreach (var nested in link.LinkEntities)
        {
            copy.LinkEntities.Add(Copy(nested, scopeOf));
        }

        return copy;
    }

    private static FilterExpression And(FilterExpression original, FilterExpression? scope)
    {
        if (scope is null)
        {
            return original;
        }

        var combined = new FilterExpression(LogicalOperator.And);
        combined.AddFilter(original);
        combined.AddFilter(scope);
        return combined;
    }
}
