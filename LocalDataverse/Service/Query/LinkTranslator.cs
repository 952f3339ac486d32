using System.Text;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// Translates the LinkEntities of a query: inner and outer links become joins whose columns come back as
/// AliasedValues; Exists, In and Any become EXISTS tests and NotAny a NOT EXISTS, returning no columns.
/// </summary>
internal sealed class LinkTranslator(QueryScope scope, SqlStatement sql, RequestContext context, int firstOffset)
{
    private int offset = firstOffset;

    public StringBuilder Joins { get; } = new();

    /// <summary>Predicates the WHERE clause must hold (the EXISTS tests of semi-joins).</summary>
    public List<string> Predicates { get; } = [];

    public List<(RowProjection Projection, string Alias)> Projections { get; } = [];

    public List<string> Orders { get; } = [];

    public void Translate(LinkEntity link, (TableDefinition Table, string SqlAlias) parent)
    {
        if (!string.IsNullOrEmpty(link.LinkFromEntityName) && link.LinkFromEntityName != parent.Table.LogicalName)
        {
            throw DataverseFaults.InvalidArgument($"The link to '{link.LinkToEntityName}' starts from '{link.LinkFromEntityName}', which is not the table it is nested in.");
        }

        var table = TableLookup.Table(context.Catalog, link.LinkToEntityName);
        var from = TableLookup.Column(parent.Table, link.LinkFromAttributeName);
        var to = TableLookup.Column(table, link.LinkToAttributeName);
        var (sqlAlias, alias) = scope.AddLink(table, link.EntityAlias);
        var on = $"{sqlAlias}.{SqlIdentifier.Quote(to.LogicalName)} = {parent.SqlAlias}.{SqlIdentifier.Quote(from.LogicalName)}"
            + TypeMatch(from, parent.SqlAlias, table) + TypeMatch(to, sqlAlias, parent.Table);
        var criteria = QueryTranslator.Filter(link.LinkCriteria, scope, (table, sqlAlias), sql, context.UserId, context.Now);
        var condition = criteria.Length > 0 ? $"{on} AND ({criteria})" : on;
        var source = $"{context.From(table)} AS {sqlAlias}";
        switch (link.JoinOperator)
        {
            case JoinOperator.Inner or JoinOperator.Natural:
                Joins.Append(" INNER JOIN ").Append(source).Append(" ON ").Append(condition);
                break;
            case JoinOperator.LeftOuter:
                Joins.Append(" LEFT JOIN ").Append(source).Append(" ON ").Append(condition);
                break;
            case JoinOperator.Exists or JoinOperator.In or JoinOperator.Any:
                Predicates.Add(SemiJoin(link, source, condition, negate: false));
                return;
            case JoinOperator.NotAny:
                Predicates.Add(SemiJoin(link, source, condition, negate: true));
                return;
            default:
                throw DataverseFaults.Unsupported($"the link join operator {link.JoinOperator} (link to '{table.LogicalName}')");
        }

        var columns = RetrieveHandler.Columns(table, link.Columns);
        if (columns.Count > 0)
        {
            var projection = new RowProjection(table, columns, sqlAlias, new LookupNames(context, sql), includePrimary: false, offset);
            offset += projection.ColumnCount;
            Projections.Add((projection, alias));
        }

        // Orders naming an alias sort the groups of an aggregate query; its translator places them.
        foreach (var order in link.Orders.Where(o => string.IsNullOrEmpty(o.Alias)))
        {
            Orders.Add(QueryTranslator.Order(order, scope, (table, sqlAlias)));
        }

        foreach (var child in link.LinkEntities)
        {
            Translate(child, (table, sqlAlias));
        }
    }

    // A customer or owner id alone may match a row of another table; its stored type must name the joined one.
    private string TypeMatch(ColumnDefinition column, string alias, TableDefinition other) =>
        column.IsPolymorphic
            ? $" AND {alias}.{SqlIdentifier.Quote(StorageLayout.TypeColumn(column.LogicalName))} = {sql.Parameter(other.LogicalName)}"
            : string.Empty;

    private static string SemiJoin(LinkEntity link, string source, string condition, bool negate)
    {
        if (link.LinkEntities.Count > 0)
        {
            throw DataverseFaults.Unsupported($"links nested inside a {link.JoinOperator} link (link to '{link.LinkToEntityName}')");
        }

        return $"{(negate ? "NOT " : string.Empty)}EXISTS (SELECT 1 FROM {source} WHERE {condition})";
    }
}
