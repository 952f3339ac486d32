using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// Brings a freshly opened database to the catalog's schema: refuses files it must not touch (a newer layout,
/// another program's database), then creates what is missing, inside one transaction.
/// </summary>
internal static class SchemaInitializer
{
    public static void Apply(SqliteConnection connection, MetadataCatalog catalog, string dataSource)
    {
        // IMMEDIATE takes the write lock now, so a locked file fails here, before anything is read.
        using var transaction = connection.BeginTransaction(deferred: false);
        var existing = ExistingTables(connection, transaction);
        var version = existing.Contains(SchemaVersion.Table) ? SchemaVersion.Read(connection, transaction) : null;
        if (version > SchemaVersion.Current)
        {
            throw new LocalDatabaseException(
                LocalDatabaseFailure.NewerSchema,
                $"The database file '{dataSource}' was written by a newer LocalDataverse (storage layout {version}; this version reads up to {SchemaVersion.Current}). Update DataverseSharing, or open another file.");
        }

        if (version is null && existing.Count > 0)
        {
            throw new LocalDatabaseException(
                LocalDatabaseFailure.NotLocalDataverse,
                $"The file '{dataSource}' is a SQLite database of another program (it has tables but no LocalDataverse schema version). Open another file.");
        }

        SchemaVersion.CreateTable(connection, transaction);
        DeletedRows.CreateTable(connection, transaction);
        foreach (var table in catalog.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            var statements = existing.Contains(table.LogicalName)
                ? SqliteSchemaBuilder.AddMissingColumns(table, ExistingColumns(connection, transaction, table.LogicalName)).ToList()
                : [SqliteSchemaBuilder.CreateTable(table)];
            statements.AddRange(SqliteSchemaBuilder.CreateIndexes(table));
            foreach (var sql in statements)
            {
                Execute(connection, transaction, sql);
            }
        }

        SchemaVersion.Write(connection, transaction, SchemaVersion.Current);
        transaction.Commit();
    }

    private static HashSet<string> ExistingTables(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
        return ReadNames(command);
    }

    private static HashSet<string> ExistingColumns(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM pragma_table_info($table);";
        command.Parameters.AddWithValue("$table", table);
        return ReadNames(command);
    }

    private static HashSet<string> ReadNames(SqliteCommand command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
