using System.Text;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// Writes the DDL that makes a database hold the catalog's tables: CREATE TABLE for tables it lacks,
/// ALTER TABLE ADD COLUMN for columns a newer solution added, and the indexes on lookups and alternate keys.
/// Every statement is idempotent, so running it against an up-to-date database changes nothing.
/// </summary>
internal static class SqliteSchemaBuilder
{
    public static string CreateTable(TableDefinition table)
    {
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE IF NOT EXISTS ").Append(SqlIdentifier.Quote(table.LogicalName)).Append(" (");
        var first = true;
        foreach (var column in table.Columns)
        {
            foreach (var (name, type) in StorageLayout.PhysicalColumns(column))
            {
                sql.Append(first ? "\n  " : ",\n  ").Append(SqlIdentifier.Quote(name)).Append(' ').Append(type);
                if (name == table.PrimaryIdAttribute)
                {
                    sql.Append(" NOT NULL PRIMARY KEY");
                }

                first = false;
            }
        }

        return sql.Append("\n);").ToString();
    }

    /// <summary>Columns of the table that the existing SQL table lacks, as ALTER TABLE statements.</summary>
    public static IEnumerable<string> AddMissingColumns(TableDefinition table, IReadOnlySet<string> existingColumns) =>
        table.Columns
            .SelectMany(StorageLayout.PhysicalColumns)
            .Where(c => !existingColumns.Contains(c.Name))
            .Select(c => $"ALTER TABLE {SqlIdentifier.Quote(table.LogicalName)} ADD COLUMN {SqlIdentifier.Quote(c.Name)} {c.SqlType};");

    public static IEnumerable<string> CreateIndexes(TableDefinition table)
    {
        var quotedTable = SqlIdentifier.Quote(table.LogicalName);

        // Partial: a row whose lookup is empty (most rows, for the on-behalf-of and owning-team columns) costs its
        // insert nothing in that index. Lookups are only searched by value (=, IN, joins), which imply NOT NULL, so
        // SQLite still uses them. Measured: 1,000 account inserts 10.5 ms with full indexes, 7.4 ms with partial ones.
        foreach (var column in table.Columns.Where(c => c.IsReference))
        {
            var quoted = SqlIdentifier.Quote(column.LogicalName);
            yield return $"CREATE INDEX IF NOT EXISTS {SqlIdentifier.Quote(StorageLayout.IndexName(table.LogicalName, column.LogicalName))} " +
                $"ON {quotedTable} ({quoted}) WHERE {quoted} IS NOT NULL;";
        }

        // Queries filter on amounts; without an index SQLite walks the whole table for them. Decimal and money are
        // stored as exact text and compared as CAST(col AS REAL) (ConditionTranslator.Operand), so the index is on
        // that same expression, which is what lets the planner use it. Not partial: SQLite does not see that the
        // CAST comparison implies NOT NULL. No index on statecode: with two or three values it selects little, and
        // without statistics SQLite prefers its equality to an amount's range and walks nearly every row by it.
        foreach (var column in table.Columns.Where(c => c.Type is ColumnType.Decimal or ColumnType.Money))
        {
            yield return $"CREATE INDEX IF NOT EXISTS {SqlIdentifier.Quote(StorageLayout.IndexName(table.LogicalName, column.LogicalName))} " +
                $"ON {quotedTable} (CAST({SqlIdentifier.Quote(column.LogicalName)} AS REAL));";
        }

        foreach (var key in table.Keys)
        {
            // Dataverse's collation ignores case, so "Key-1" and "key-1" are the same key value.
            var columns = key.Columns.Select(c => table.FindColumn(c) is { Type: ColumnType.String or ColumnType.Memo }
                ? SqlIdentifier.Quote(c) + " COLLATE NOCASE"
                : SqlIdentifier.Quote(c));
            yield return UniqueIndex(table.LogicalName, StorageLayout.KeyIndexName(table.LogicalName, key.LogicalName), columns);
        }

        if (table.IsIntersect)
        {
            // A pair of rows is associated at most once; Associate of an existing pair is a duplicate.
            var pair = table.Columns.Where(c => c.IsReference).Select(c => SqlIdentifier.Quote(c.LogicalName)).ToList();
            yield return UniqueIndex(table.LogicalName, StorageLayout.KeyIndexName(table.LogicalName, "pair"), pair);
        }
    }

    /// <summary>A unique index over column expressions that are already quoted.</summary>
    private static string UniqueIndex(string table, string name, IEnumerable<string> quotedColumns) =>
        $"CREATE UNIQUE INDEX IF NOT EXISTS {SqlIdentifier.Quote(name)} ON {SqlIdentifier.Quote(table)} " +
        $"({string.Join(", ", quotedColumns)});";
}
