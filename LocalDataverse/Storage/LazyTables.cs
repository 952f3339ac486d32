using System.Runtime.CompilerServices;
using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// A catalog table gets its SQL table and indexes when a row is first written to it, not when the file is laid out.
/// SQLite parses the definition of every table and index in a file when a connection first uses it; with every
/// standard table laid out that was 418 objects, and most of the CPU an open cost. Until then the table reads as
/// empty: reads use <see cref="Source"/>, which stands an empty row set with the same columns in for it.
/// </summary>
/// <remarks>
/// The table is created inside the transaction of the write that needs it, so it commits with that write or not at
/// all (a kill -9 or a failed request leaves no table without its row, and no half-made one). Another process may
/// have created it since this connection last read the schema: what SQLite holds in memory is only trusted when it
/// knows the table (tables are never dropped), and otherwise the file's own list is read in the transaction, so a
/// reader never misses rows another process wrote. Two writers create it one after the other under the write lock.
/// A process opened with another catalog (an older solution) may have created it with fewer columns, so the first
/// write through each connection checks the table's columns once and adds what its catalog has and the table lacks.
/// </remarks>
internal static class LazyTables
{
    // Built once per table definition (definitions are immutable): the NULL column list of a wide table is long.
    private static readonly ConditionalWeakTable<TableDefinition, string> EmptyRows = new();

    private static readonly byte[] MainSchema = "main\0"u8.ToArray();

    // Table names are the catalogs' logical names, so the cache holds one entry per table any catalog has.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Utf8Names = new(StringComparer.Ordinal);

    private const string ListedSql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $name;";

    /// <summary>Whether the file holds the table, as the transaction sees it.</summary>
    public static bool Exists(LocalDatabase database, string table, SqliteTransaction? transaction) =>
        KnownToConnection(database.Connection, table) || Listed(database, table, transaction);

    /// <summary>
    /// What a read names in FROM or JOIN for the table: the table itself, or an empty row set with its columns when
    /// nothing was ever written to it, so every query over it (joins, counts, lookups of names) runs unchanged.
    /// </summary>
    public static string Source(LocalDatabase database, TableDefinition table, SqliteTransaction? transaction) =>
        Exists(database, table.LogicalName, transaction) ? SqlIdentifier.Quote(table.LogicalName) : EmptyRows.GetValue(table, Empty);

    /// <summary>
    /// Creates the table and its indexes in <paramref name="transaction"/> when the file lacks it; when another
    /// process created it meanwhile, adds what this catalog has and it lacks (columns, indexes).
    /// </summary>
    public static void EnsureCreated(LocalDatabase database, TableDefinition table, SqliteTransaction transaction)
    {
        // Both: a table laid out in a transaction that rolled back is gone, and SQLite then no longer knows it.
        if (database.LaidOutTables.Contains(table.LogicalName) && KnownToConnection(database.Connection, table.LogicalName))
        {
            return;
        }

        LayOut(database, table, transaction);
    }

    /// <summary>Creates the table with its indexes, or adds to the file's table the columns and indexes it lacks.</summary>
    public static void LayOut(LocalDatabase database, TableDefinition table, SqliteTransaction transaction)
    {
        var created = !Listed(database, table.LogicalName, transaction);
        var statements = created
            ? [SqliteSchemaBuilder.CreateTable(table)]
            : SqliteSchemaBuilder.AddMissingColumns(table, ColumnsOf(database.Connection, transaction, table.LogicalName)).ToList();

        // Columns added here go if the transaction rolls back, and the table is then checked again at the next write.
        var complete = created || statements.Count == 0;
        statements.AddRange(SqliteSchemaBuilder.CreateIndexes(table));
        foreach (var sql in statements)
        {
            using var command = database.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        if (ActivityPointerMirror.PointerFor(database.Catalog, table) is { } pointer)
        {
            EnsureCreated(database, pointer, transaction);
            ActivityPointerMirror.EnsureTriggers(database.Connection, transaction, table, pointer);
        }

        if (complete)
        {
            database.LaidOutTables.Add(table.LogicalName);
        }
    }

    /// <summary>The SQL columns the file's table has now.</summary>
    public static HashSet<string> ColumnsOf(SqliteConnection connection, SqliteTransaction? transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM pragma_table_info($table);";
        command.Parameters.AddWithValue("$table", table);
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    // SQLite's parsed schema, without running a statement: it includes this connection's uncommitted tables and
    // forgets a rolled-back one, so it never claims a table the transaction cannot see. Every request asks this of
    // the tables it touches, so the names are passed as UTF-8 kept per name (the string overload encodes each call).
    private static bool KnownToConnection(SqliteConnection connection, string table) =>
        SQLitePCL.raw.sqlite3_table_column_metadata(
            connection.Handle,
            SQLitePCL.utf8z.FromSpan(MainSchema),
            SQLitePCL.utf8z.FromSpan(Utf8Names.GetOrAdd(table, Terminated)),
            default,
            out SQLitePCL.utf8z _,
            out SQLitePCL.utf8z _,
            out _,
            out _,
            out _) == SQLitePCL.raw.SQLITE_OK;

    private static byte[] Terminated(string name) => System.Text.Encoding.UTF8.GetBytes(name + "\0");

    // Reading the list also brings SQLite's parsed schema up to the file's, so the statement that follows can name
    // a table another process created. Kept prepared: every read of a table never written comes here.
    private static bool Listed(LocalDatabase database, string table, SqliteTransaction? transaction)
    {
        if (transaction is not null)
        {
            var prepared = database.Prepared(ListedSql, transaction);
            prepared.Parameters.AddWithValue("$name", table);
            return prepared.ExecuteScalar() is not null;
        }

        using var command = database.Connection.CreateCommand();
        command.CommandText = ListedSql;
        command.Parameters.AddWithValue("$name", table);
        return command.ExecuteScalar() is not null;
    }

    private static string Empty(TableDefinition table) =>
        "(SELECT " + string.Join(", ", table.Columns.SelectMany(StorageLayout.PhysicalColumns).Select(c => "NULL AS " + SqlIdentifier.Quote(c.Name))) + " LIMIT 0)";
}
