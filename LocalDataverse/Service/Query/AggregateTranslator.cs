using System.Text;
using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// Translates an aggregate FetchXML query (aggregate="true") into SELECT ... GROUP BY over the same joins and filters
/// as any query. Before it runs, the rows it would aggregate are counted up to the limit: Dataverse refuses to
/// aggregate more than 50,000 rows (AggregateQueryRecordLimit), or fewer when the fetch sets aggregatelimit.
/// </summary>
internal sealed class AggregateTranslator
{
    /// <summary>Dataverse's AggregateQueryRecordLimit.</summary>
    public const int RecordLimit = 50000;

    /// <summary>
    /// 0x8004E023, AggregateQueryRecordLimitExceeded: the message as Dataverse words it (quoted in
    /// github.com/rappen/FetchXMLBuilder issue 1016); the code sits next to QuickFindQueryRecordLimit's 0x8004E024.
    /// </summary>
    public const int RecordLimitExceededCode = -2147164125;

    private readonly List<AggregateColumn> columns;
    private readonly string entityName;

    private AggregateTranslator(string entityName, List<AggregateColumn> columns, SqlStatement statement, string? limitCheckText, int rowCountOrdinal, int limit, int pageSize, int pageNumber)
    {
        this.entityName = entityName;
        this.columns = columns;
        Statement = statement;
        LimitCheckText = limitCheckText;
        RowCountOrdinal = rowCountOrdinal;
        Limit = limit;
        PageSize = pageSize;
        PageNumber = pageNumber;
    }

    /// <summary>The grouped SELECT, asking for one row more than the page.</summary>
    public SqlStatement Statement { get; }

    /// <summary>
    /// Counts the rows to aggregate, stopping one past the limit, over the parameters of <see cref="Statement"/>; null
    /// when <see cref="Statement"/> counts them itself (<see cref="RowCountOrdinal"/>).
    /// </summary>
    public string? LimitCheckText { get; }

    /// <summary>
    /// The SELECT position of the aggregated rows' count, when the statement carries it: an aggregate without groupby
    /// is one row over every matching row, so that count comes with it and the limit needs no second scan. -1 otherwise.
    /// </summary>
    public int RowCountOrdinal { get; }

    public int Limit { get; }

    public int PageSize { get; }

    public int PageNumber { get; }

    public static AggregateTranslator Translate(FetchQuery fetch, RequestContext context)
    {
        var query = fetch.Query;
        var aggregation = fetch.Aggregation ?? throw new ArgumentException("The fetch is not an aggregate query.", nameof(fetch));
        var table = TableLookup.Table(context.Catalog, query.EntityName);
        var scope = new QueryScope(table);
        var sql = new SqlStatement();
        var linked = new LinkTranslator(scope, sql, context, 0);
        foreach (var link in query.LinkEntities)
        {
            linked.Translate(link, scope.Root);
        }

        var from = new StringBuilder(" FROM ").Append(context.From(table)).Append(" AS ").Append(scope.Root.SqlAlias).Append(linked.Joins);
        var where = linked.Predicates.Prepend(QueryTranslator.Filter(query.Criteria, scope, scope.Root, sql, context.UserId, context.Now)).Where(p => p.Length > 0).ToList();
        if (where.Count > 0)
        {
            from.Append(" WHERE ").Append(string.Join(" AND ", where.Select(p => "(" + p + ")")));
        }

        var selected = new List<AggregateColumn>();
        var ordinal = 0;
        foreach (var column in aggregation.Columns)
        {
            var translated = AggregateColumn.Create(column, scope, ordinal);
            ordinal += translated.Width;
            selected.Add(translated);
        }

        if (selected.Count == 0)
        {
            throw DataverseFaults.Create(FetchXmlErrorCodes.InvalidAggregate, "An aggregate query needs at least one attribute with an aggregate or groupby.");
        }

        var limit = Math.Min(aggregation.Limit ?? RecordLimit, RecordLimit);
        var groups = selected.Where(c => c.Source.GroupBy).ToList();
        var (pageSize, pageNumber) = QueryTranslator.Paging(query);

        // Without groupby the result is one row over all the matching rows (on the first page), so the count the limit
        // is checked against is read with it, in the same scan: counting first would read every row twice.
        var countsItself = groups.Count == 0 && pageNumber == 1;
        var limitCheck = countsItself ? null : $"SELECT COUNT(*) FROM (SELECT 1{from} LIMIT {sql.Parameter(limit + 1L)});";
        sql.Text.Append("SELECT ").Append(string.Join(", ", selected.Select(c => c.SelectList)));
        if (countsItself)
        {
            sql.Text.Append(", COUNT(*) AS rowcount");
        }

        sql.Text.Append(from);
        if (groups.Count > 0)
        {
            sql.Text.Append(" GROUP BY ").Append(string.Join(", ", groups.Select(c => c.GroupList)));
        }

        // The groups last keep the order total, so pages of groups neither repeat nor skip one.
        var orders = Orders(query).Select(o => Order(o, selected)).Concat(groups.Select(g => g.SqlName + " ASC")).ToList();
        if (orders.Count > 0)
        {
            sql.Text.Append(" ORDER BY ").Append(string.Join(", ", orders));
        }

        sql.Text.Append(" LIMIT ").Append(sql.Parameter(pageSize + 1L)).Append(" OFFSET ").Append(sql.Parameter((pageNumber - 1L) * pageSize));
        return new AggregateTranslator(table.LogicalName, selected, sql, limitCheck, countsItself ? ordinal : -1, limit, pageSize, pageNumber);
    }

    /// <summary>One result row: an entity of the root table whose attributes are AliasedValues keyed by alias.</summary>
    public Entity Read(SqliteDataReader reader)
    {
        var entity = new Entity(entityName);
        foreach (var column in columns)
        {
            column.Read(reader, entity);
        }

        return entity;
    }

    public static Exception RecordLimitExceeded() =>
        DataverseFaults.Create(RecordLimitExceededCode, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");

    // Sort keys of an aggregate query sit on the root and on the links; all of them name an alias.
    private static IEnumerable<OrderExpression> Orders(QueryExpression query) =>
        query.Orders.Concat(LinkOrders(query.LinkEntities));

    private static IEnumerable<OrderExpression> LinkOrders(IEnumerable<LinkEntity> links) =>
        links.SelectMany(l => l.Orders.Concat(LinkOrders(l.LinkEntities)));

    private static string Order(OrderExpression order, List<AggregateColumn> columns)
    {
        var column = !string.IsNullOrEmpty(order.Alias)
            ? columns.FirstOrDefault(c => c.Source.ResultName == order.Alias)
            : columns.FirstOrDefault(c => c.Source.GroupBy && c.Source.AttributeName == order.AttributeName);
        if (column is null)
        {
            throw DataverseFaults.Create(
                FetchXmlErrorCodes.InvalidAggregate,
                $"An aggregate query sorts by the alias of an aggregate or groupby attribute; '{order.Alias ?? order.AttributeName}' is neither.");
        }

        return column.SqlName + (order.OrderType == OrderType.Descending ? " DESC" : " ASC");
    }
}
