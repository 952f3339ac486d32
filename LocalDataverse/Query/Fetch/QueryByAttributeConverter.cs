using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Turns a <see cref="QueryByAttribute"/> into the equivalent <see cref="QueryExpression"/> (one Equal condition
/// per attribute, all ANDed), so the service runs every query kind through one translator.
/// </summary>
internal static class QueryByAttributeConverter
{
    /// <summary>
    /// The QueryExpression; <see cref="ArgumentException"/> when the attributes and values do not pair up, no
    /// attribute is given, a value is null, or top is combined with paging. The result shares nothing with the
    /// input, so later changes to either do not leak into the other.
    /// </summary>
    public static QueryExpression ToQueryExpression(QueryByAttribute query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.EntityName))
        {
            throw new ArgumentException("QueryByAttribute.EntityName is required.", nameof(query));
        }

        // Dataverse's QueryBuilderByAttributeMismatch / QueryBuilderByAttributeNonEmpty rules.
        if (query.Attributes.Count != query.Values.Count)
        {
            throw new ArgumentException(
                $"QueryByAttribute on '{query.EntityName}' has {query.Attributes.Count} attributes but {query.Values.Count} values; each attribute needs exactly one value.",
                nameof(query));
        }

        if (query.Attributes.Count == 0)
        {
            throw new ArgumentException($"QueryByAttribute on '{query.EntityName}' must specify at least one attribute and value.", nameof(query));
        }

        bool paged = query.PageInfo.Count > 0 || query.PageInfo.PageNumber > 0 || query.PageInfo.PagingCookie is not null;
        if (query.TopCount is not null && paged)
        {
            throw new ArgumentException($"QueryByAttribute on '{query.EntityName}' can set TopCount or PageInfo, not both.", nameof(query));
        }

        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = CopyColumns(query.ColumnSet),
            TopCount = query.TopCount,
            PageInfo = new PagingInfo
            {
                Count = query.PageInfo.Count,
                PageNumber = query.PageInfo.PageNumber,
                PagingCookie = query.PageInfo.PagingCookie,
                ReturnTotalRecordCount = query.PageInfo.ReturnTotalRecordCount,
            },
        };
        for (int index = 0; index < query.Attributes.Count; index++)
        {
            string attribute = query.Attributes[index];
            object value = query.Values[index]
                ?? throw new ArgumentException(
                    $"Condition for attribute '{query.EntityName}.{attribute}': null is not a valid value for an attribute. Use 'Null' or 'NotNull' conditions instead.",
                    nameof(query));
            expression.Criteria.AddCondition(new ConditionExpression(attribute, ConditionOperator.Equal, value));
        }

        foreach (OrderExpression order in query.Orders)
        {
            expression.Orders.Add(new OrderExpression(order.AttributeName, order.OrderType) { Alias = order.Alias, EntityName = order.EntityName });
        }

        return expression;
    }

    private static ColumnSet CopyColumns(ColumnSet columns)
    {
        var copy = new ColumnSet(columns.AllColumns);
        copy.Columns.AddRange(columns.Columns);
        return copy;
    }
}
