using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// Brings a freshly opened database to the catalog's schema: refuses files it must not touch (a newer layout,
/// another program's database), then adds what the tables the file holds lack (columns, indexes), inside one
/// transaction. Tables the file does not hold yet are not created here but by the first write to each
/// (<see cref="LazyTables"/>). A file already at the catalog's schema is only read, so opening it takes no write lock.
/// </summary>
internal static class SchemaInitializer
{
    public static void Apply(LocalDatabase database)
    {
        var connection = database.Connection;
        var fingerprint = SchemaFingerprint.Of(database.Catalog);

        // Most opens find the file as this version left it. Finding that out is a read, so a read command neither
        // waits for a writer in another process nor needs the file to be writable.
        using (var read = connection.BeginTransaction(deferred: true))
        {
            var state = FileState.Read(connection, read);
            Refuse(state, database.DataSource);
            if (state.Version == SchemaVersion.Current && state.Fingerprint == fingerprint && state.DatabaseId is not null)
            {
                return;
            }

            if (database.IsReadOnly)
            {
                // An older file may still be complete (it only lacks the fingerprint); reading it is then fine. A
                // table it lacks reads as empty, as in a writable file no row was written to yet.
                if (state.Version is null || LacksColumns(connection, read, database.Catalog, state.Tables))
                {
                    throw new LocalDatabaseException(
                        LocalDatabaseFailure.ReadOnly,
                        $"The database file '{database.DataSource}' is read-only and lacks columns this version needs, so they cannot be added. Make it writable once, or open another file.");
                }

                return;
            }
        }

        // IMMEDIATE takes the write lock now, so a locked file fails here, before anything is written.
        using var transaction = database.BeginTransaction(deferred: false);

        // Read again under the lock: another process may have laid the file out meanwhile.
        var current = FileState.Read(connection, transaction);
        Refuse(current, database.DataSource);
        SchemaVersion.CreateTable(connection, transaction);
        DeletedRows.CreateTable(connection, transaction);
        foreach (var table in database.Catalog.Tables.Where(t => current.Tables.Contains(t.LogicalName)).OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            var statements = SqliteSchemaBuilder.AddMissingColumns(table, LazyTables.ColumnsOf(connection, transaction, table.LogicalName)).ToList();
            statements.AddRange(SqliteSchemaBuilder.CreateIndexes(table));
            foreach (var sql in statements)
            {
                Execute(connection, transaction, sql);
            }
        }

        SchemaVersion.Write(connection, transaction, SchemaVersion.Current);
        SchemaVersion.WriteValue(connection, transaction, SchemaVersion.CatalogKey, fingerprint);
        if (current.DatabaseId is null)
        {
            SchemaVersion.WriteValue(connection, transaction, SchemaVersion.DatabaseIdKey, Guid.NewGuid().ToString("D"));
        }

        transaction.Commit();
    }

    private static void Refuse(FileState state, string dataSource)
    {
        if (state.Version > SchemaVersion.Current)
        {
            throw new LocalDatabaseException(
                LocalDatabaseFailure.NewerSchema,
                $"The database file '{dataSource}' was written by a newer LocalDataverse (storage layout {state.Version}; this version reads up to {SchemaVersion.Current}). Update DataverseSharing, or open another file.");
        }

        if (state.Version is null && state.Tables.Count > 0)
        {
            throw new LocalDatabaseException(
                LocalDatabaseFailure.NotLocalDataverse,
                $"The file '{dataSource}' is a SQLite database of another program (it has tables but no LocalDataverse schema version). Open another file.");
        }
    }

    private static bool LacksColumns(SqliteConnection connection, SqliteTransaction transaction, MetadataCatalog catalog, IReadOnlySet<string> tables) =>
        catalog.Tables.Any(t => tables.Contains(t.LogicalName)
            && SqliteSchemaBuilder.AddMissingColumns(t, LazyTables.ColumnsOf(connection, transaction, t.LogicalName)).Any());

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>What a file holds before the schema is touched: its tables and the facts of the schema table.</summary>
    private sealed record FileState(HashSet<string> Tables, int? Version, string? Fingerprint, string? DatabaseId)
    {
        public static FileState Read(SqliteConnection connection, SqliteTransaction transaction)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
            var tables = ReadNames(command);
            if (!tables.Contains(SchemaVersion.Table))
            {
                return new FileState(tables, null, null, null);
            }

            return new FileState(
                tables,
                SchemaVersion.Read(connection, transaction),
                SchemaVersion.ReadValue(connection, transaction, SchemaVersion.CatalogKey),
                SchemaVersion.ReadValue(connection, transaction, SchemaVersion.DatabaseIdKey));
        }

        public static HashSet<string> ReadNames(SqliteCommand command)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }
    }
}
