using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// Translates a QueryExpression into a parameterized SELECT: nested and/or filters, the common condition
/// operators, links (joins and semi-joins), orders and paging (page size at most 5,000, as Dataverse).
/// </summary>
internal sealed class QueryTranslator
{
    public const int MaxPageSize = 5000;

    private readonly IReadOnlyList<(RowProjection Projection, string Alias)> links;

    private QueryTranslator(TableDefinition table, RowProjection projection, IReadOnlyList<(RowProjection, string)> links, SqlStatement statement, string countText, int pageSize, int pageNumber)
    {
        CountText = countText;
        Table = table;
        Projection = projection;
        this.links = links;
        Statement = statement;
        PageSize = pageSize;
        PageNumber = pageNumber;
    }

    public TableDefinition Table { get; }

    public RowProjection Projection { get; }

    /// <summary>The SELECT, which asks for one row more than the page to know whether more records follow.</summary>
    public SqlStatement Statement { get; }

    /// <summary>A SELECT counting every matching row, over the same parameters as <see cref="Statement"/>.</summary>
    public string CountText { get; }

    public int PageSize { get; }

    public int PageNumber { get; }

    public static QueryTranslator Translate(QueryExpression query, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = TableLookup.Table(context.Catalog, query.EntityName);
        var scope = new QueryScope(table);
        var sql = new SqlStatement();
        var projection = new RowProjection(table, RetrieveHandler.Columns(table, query.ColumnSet), scope.Root.SqlAlias, new LookupNames(context, sql));
        var linked = new LinkTranslator(scope, sql, context, projection.ColumnCount);
        foreach (var link in query.LinkEntities)
        {
            linked.Translate(link, scope.Root);
        }

        var select = string.Join(", ", linked.Projections.Select(l => l.Projection.SelectList).Prepend(projection.SelectList));
        sql.Text.Append("SELECT ").Append(query.Distinct ? "DISTINCT " : string.Empty).Append(select)
            .Append(" FROM ").Append(context.From(table)).Append(" AS ").Append(scope.Root.SqlAlias)
            .Append(linked.Joins);
        var where = linked.Predicates.Prepend(Filter(query.Criteria, scope, scope.Root, sql, context.UserId, context.Now)).Where(p => p.Length > 0).ToList();
        if (where.Count > 0)
        {
            sql.Text.Append(" WHERE ").Append(string.Join(" AND ", where.Select(p => "(" + p + ")")));
        }

        var countText = $"SELECT COUNT(*) FROM ({sql.Text});";
        var (pageSize, pageNumber) = Paging(query);
        var keyset = KeysetPaging.After(query, table, pageNumber, joined: linked.Joins.Length > 0);
        if (keyset is { } after)
        {
            sql.Text.Append(where.Count > 0 ? " AND " : " WHERE ")
                .Append(scope.Root.SqlAlias).Append('.').Append(SqlIdentifier.Quote(table.PrimaryIdAttribute))
                .Append(" > ").Append(sql.Parameter(StorageFormat.Guid(after)));
        }

        // The primary key last keeps the order total, so pages neither repeat nor skip rows. With conditions it is
        // written +pk: the unary plus keeps the value but stops SQLite from walking the whole table in key order to
        // skip the sort, so it can use the index of the most selective condition (measured 22 ms -> ~1.5 ms on
        // 100,000 rows). Without conditions the key-order walk that stops after one page is the right plan.
        var tieBreaker = (where.Count > 0 ? "+" : string.Empty) + $"{scope.Root.SqlAlias}.{SqlIdentifier.Quote(table.PrimaryIdAttribute)} ASC";
        var orders = query.Orders.Select(o => Order(o, scope, scope.Root)).Concat(linked.Orders).Append(tieBreaker);
        sql.Text.Append(" ORDER BY ").Append(string.Join(", ", orders));
        var skipped = keyset is null ? (pageNumber - 1L) * pageSize : 0L;
        sql.Text.Append(" LIMIT ").Append(sql.Parameter(pageSize + 1L)).Append(" OFFSET ").Append(sql.Parameter(skipped));
        return new QueryTranslator(table, projection, linked.Projections, sql, countText, pageSize, pageNumber);
    }

    /// <summary>A result row: the table's columns, then each link's as AliasedValues.</summary>
    public Entity Read(SqliteDataReader reader)
    {
        var entity = Projection.Read(reader);
        foreach (var (projection, alias) in links)
        {
            projection.ReadAliased(reader, entity, alias);
        }

        return entity;
    }

    /// <summary>The predicate of a filter and its nested filters; empty when it holds no condition.</summary>
    internal static string Filter(FilterExpression filter, QueryScope scope, (TableDefinition Table, string SqlAlias) fallback, SqlStatement sql, Guid userId, DateTime now)
    {
        var parts = filter.Conditions
            .Select(c =>
            {
                var (table, alias) = scope.Resolve(c.EntityName, fallback);
                return ConditionTranslator.Translate(c, table, alias, sql, userId, now);
            })
            .Concat(filter.Filters.Select(f => Filter(f, scope, fallback, sql, userId, now)).Where(p => p.Length > 0))
            .Select(p => "(" + p + ")")
            .ToList();
        return string.Join(filter.FilterOperator == LogicalOperator.Or ? " OR " : " AND ", parts);
    }

    internal static string Order(OrderExpression order, QueryScope scope, (TableDefinition Table, string SqlAlias) fallback)
    {
        var (table, alias) = scope.Resolve(order.EntityName, fallback);
        var column = TableLookup.Column(table, order.AttributeName);
        return ConditionTranslator.Operand(column, alias) + (order.OrderType == OrderType.Descending ? " DESC" : " ASC");
    }

    internal static (int PageSize, int PageNumber) Paging(QueryExpression query)
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
