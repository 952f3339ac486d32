using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// An open SQLite database holding the catalog's tables: a file for the embedded default, or ":memory:" for
/// tests. One connection for the engine's lifetime: an in-memory database lives only as long as its connection,
/// and one writer at a time is what Dataverse's per-request transactions need here.
/// </summary>
public sealed class LocalDatabase : IDisposable
{
    public const string InMemory = ":memory:";

    private LocalDatabase(SqliteConnection connection, MetadataCatalog catalog, string dataSource)
    {
        Connection = connection;
        Catalog = catalog;
        DataSource = dataSource;
    }

    // Statement text comes from metadata, so the set is bounded by tables x column lists actually written.
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    public MetadataCatalog Catalog { get; }

    /// <summary>The file path, or ":memory:".</summary>
    public string DataSource { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>The transaction of the request running now, which nested requests join.</summary>
    internal SqliteTransaction? CurrentTransaction { get; set; }

    /// <summary>
    /// Set when a request inside the current transaction failed: as on the platform, the whole transaction can
    /// then only roll back, even if a plug-in caught the fault and carried on.
    /// </summary>
    internal bool TransactionDoomed { get; set; }

    /// <summary>
    /// Opens (creating if needed) the database and brings its schema up to the catalog, all in one transaction so
    /// a failure leaves the file as it was.
    /// </summary>
    public static LocalDatabase Open(string dataSource, MetadataCatalog catalog, LocalDatabaseOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataSource);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= LocalDatabaseOptions.Default;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadWriteCreate,

            // Without pooling, disposing really closes the file, so it can be moved or deleted right after.
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString());
        try
        {
            connection.Open();
            if (dataSource != InMemory)
            {
                ApplyJournalMode(connection, options.JournalMode);
            }

            SchemaInitializer.Apply(connection, catalog, dataSource);
            return new LocalDatabase(connection, catalog, dataSource);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Translate(e, dataSource);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static LocalDatabase OpenInMemory(MetadataCatalog catalog) => Open(InMemory, catalog);

    public void Dispose()
    {
        foreach (var command in prepared.Values)
        {
            command.Dispose();
        }

        prepared.Clear();
        Connection.Dispose();
    }

    /// <summary>
    /// A command for a statement the engine runs over and over (insert, update, exists, the row-version counter),
    /// kept for the database's lifetime: Microsoft.Data.Sqlite keeps a command's prepared statement while its text
    /// is unchanged, and preparing was the largest part of a Create. Its parameters are cleared for the caller, who
    /// must neither dispose it nor leave a reader open on it.
    /// </summary>
    internal SqliteCommand Prepared(string sql, SqliteTransaction transaction)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            prepared[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    private static void ApplyJournalMode(SqliteConnection connection, JournalMode mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = mode switch
        {
            JournalMode.Wal => "PRAGMA journal_mode=WAL;",
            JournalMode.Delete => "PRAGMA journal_mode=DELETE;",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown journal mode."),
        };
        command.ExecuteNonQuery();
    }

    private static LocalDatabaseException Translate(SqliteException e, string dataSource) => e.SqliteErrorCode switch
    {
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => new LocalDatabaseException(
            LocalDatabaseFailure.Locked,
            $"The database file '{dataSource}' is locked by another process. Close the program that uses it, or open another file.",
            e),

        // SQLITE_CORRUPT, SQLITE_NOTADB
        11 or 26 => new LocalDatabaseException(
            LocalDatabaseFailure.Corrupt,
            $"The file '{dataSource}' is not a LocalDataverse database or is damaged ({e.Message}). Restore it from a backup or open another file.",
            e),
        _ => new LocalDatabaseException(
            LocalDatabaseFailure.CannotOpen,
            $"The database file '{dataSource}' cannot be opened: {e.Message}",
            e),
    };
}
