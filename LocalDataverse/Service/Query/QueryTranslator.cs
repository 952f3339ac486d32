using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// Translates a QueryExpression on one table into a parameterized SELECT: nested and/or filters, the common
/// condition operators, orders and paging (page size at most 5,000, as Dataverse).
/// </summary>
internal sealed class QueryTranslator
{
    public const int MaxPageSize = 5000;
    private const string Alias = "t";

    private QueryTranslator(TableDefinition table, RowProjection projection, SqlStatement statement, int pageSize, int pageNumber)
    {
        Table = table;
        Projection = projection;
        Statement = statement;
        PageSize = pageSize;
        PageNumber = pageNumber;
    }

    public TableDefinition Table { get; }

    public RowProjection Projection { get; }

    /// <summary>The SELECT, which asks for one row more than the page to know whether more records follow.</summary>
    public SqlStatement Statement { get; }

    public int PageSize { get; }

    public int PageNumber { get; }

    public static QueryTranslator Translate(QueryExpression query, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = TableLookup.Table(context.Catalog, query.EntityName);
        if (query.LinkEntities.Count > 0)
        {
            throw DataverseFaults.Unsupported("LinkEntity in QueryExpression (joins)");
        }

        var projection = new RowProjection(table, RetrieveHandler.Columns(table, query.ColumnSet), Alias);
        var sql = new SqlStatement();
        sql.Text.Append("SELECT ").Append(query.Distinct ? "DISTINCT " : string.Empty).Append(projection.SelectList)
            .Append(" FROM ").Append(SqlIdentifier.Quote(table.LogicalName)).Append(" AS ").Append(Alias);
        var where = Filter(query.Criteria, table, sql, context.UserId);
        if (where.Length > 0)
        {
            sql.Text.Append(" WHERE ").Append(where);
        }

        AppendOrder(query, table, sql);
        var (pageSize, pageNumber) = Paging(query);
        sql.Text.Append(" LIMIT ").Append(sql.Parameter(pageSize + 1L)).Append(" OFFSET ").Append(sql.Parameter((pageNumber - 1L) * pageSize));
        return new QueryTranslator(table, projection, sql, pageSize, pageNumber);
    }

    /// <summary>The predicate of a filter and its nested filters; empty when it holds no condition.</summary>
    internal static string Filter(FilterExpression filter, TableDefinition table, SqlStatement sql, Guid userId)
    {
        var parts = filter.Conditions.Select(c => ConditionTranslator.Translate(c, table, Alias, sql, userId))
            .Concat(filter.Filters.Select(f => Filter(f, table, sql, userId)).Where(p => p.Length > 0))
            .Select(p => "(" + p + ")")
            .ToList();
        return string.Join(filter.FilterOperator == LogicalOperator.Or ? " OR " : " AND ", parts);
    }

    private static void AppendOrder(QueryExpression query, TableDefinition table, SqlStatement sql)
    {
        var orders = query.Orders.Select(order =>
        {
            if (!string.IsNullOrEmpty(order.EntityName) && order.EntityName != table.LogicalName)
            {
                throw DataverseFaults.Unsupported($"ordering by a linked table's column ('{order.EntityName}.{order.AttributeName}')");
            }

            var column = TableLookup.Column(table, order.AttributeName);
            return ConditionTranslator.Operand(column, Alias) + (order.OrderType == OrderType.Descending ? " DESC" : " ASC");
        }).ToList();

        // The primary key last keeps the order total, so pages neither repeat nor skip rows.
        orders.Add($"{Alias}.{SqlIdentifier.Quote(table.PrimaryIdAttribute)} ASC");
        sql.Text.Append(" ORDER BY ").Append(string.Join(", ", orders));
    }

    private static (int PageSize, int PageNumber) Paging(QueryExpression query)
    {
        if (query.TopCount is { } top)
        {
            if (query.PageInfo.Count > 0)
            {
                throw DataverseFaults.InvalidArgument("The query specifies both TopCount and a page size; use one of them.");
            }

            return (Math.Clamp(top, 0, MaxPageSize), 1);
        }

        var size = query.PageInfo.Count > 0 ? Math.Min(query.PageInfo.Count, MaxPageSize) : MaxPageSize;
        return (size, Math.Max(1, query.PageInfo.PageNumber));
    }
}
