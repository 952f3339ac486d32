using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// An open SQLite database holding the catalog's tables: a file for the embedded default, or ":memory:" for
/// tests. One connection for the engine's lifetime: an in-memory database lives only as long as its connection,
/// and one writer at a time is what Dataverse's per-request transactions need here.
/// Public on purpose, reached only through <see cref="LocalOrganization.Database"/>: a host that runs several
/// requests as one unit (the console's whole-command transaction) needs <see cref="InTransaction{T}"/>, and a host
/// that keeps the organization in a file checks its identity and read-only mark. Opening one is internal: an
/// organization opens its own.
/// </summary>
public sealed class LocalDatabase : IDisposable
{
    public const string InMemory = ":memory:";

    private readonly LocalDatabaseOptions options;

    private LocalDatabase(SqliteConnection connection, MetadataCatalog catalog, string dataSource, LocalDatabaseOptions options, bool readOnly)
    {
        Connection = connection;
        Catalog = catalog;
        DataSource = dataSource;
        this.options = options;
        IsReadOnly = readOnly;
    }

    // Statement text comes from metadata, so the set is bounded by tables x column lists actually written.
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    /// <summary>
    /// The tables this connection has seen to hold every column of the catalog: laid out by it, or checked at its first
    /// write to them (<see cref="LazyTables"/>). Guarded, like every request, by the database's lock.
    /// </summary>
    internal HashSet<string> LaidOutTables { get; } = new(StringComparer.Ordinal);

    /// <summary>The tables; replaced only when the lenient mode (<see cref="LocalOrganizationOptions.InferUnknownTables"/>) adds one.</summary>
    public MetadataCatalog Catalog { get; private set; }

    /// <summary>Infers tables from writes when the organization was opened in the lenient mode; null otherwise.</summary>
    internal Metadata.Inference.TableInference? Inference { get; set; }

    /// <summary>The file path, or ":memory:".</summary>
    public string DataSource { get; }

    /// <summary>
    /// Whether the file can only be read: it is marked read-only (no write permission bit; the ReadOnly attribute on
    /// Windows), or SQLite could open it for reading only. Reads work; a write fails with
    /// <see cref="LocalDatabaseFailure.ReadOnly"/>.
    /// </summary>
    public bool IsReadOnly { get; }

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
    /// a failure leaves the file as it was. A file already at the catalog's schema is only read: opening it takes no
    /// write lock, and a read-only file opens for reading.
    /// </summary>
    internal static LocalDatabase Open(string dataSource, MetadataCatalog catalog, LocalDatabaseOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataSource);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= LocalDatabaseOptions.Default;
        var markedReadOnly = dataSource != InMemory && IsMarkedReadOnly(dataSource);
        try
        {
            return Open(dataSource, catalog, options, markedReadOnly, immutable: false);
        }
        catch (LocalDatabaseException e) when (e.InnerException is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_READONLY }
            && dataSource != InMemory && File.Exists(dataSource) && !File.Exists(dataSource + "-wal"))
        {
            // A file this process may only read, in a folder it cannot write: SQLite cannot create the shared-memory
            // file a write-ahead-log database is read through. With no log beside it, the file holds every committed
            // change, so it is read as immutable (no locks, no shared memory), and only read.
            return Open(dataSource, catalog, options, readOnly: true, immutable: true);
        }
    }

    internal static LocalDatabase OpenInMemory(MetadataCatalog catalog) => Open(InMemory, catalog);

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction: every request a service of this database sends while it runs
    /// joins that transaction (as a plug-in's requests join the request that ran the plug-in), so the work commits
    /// whole or not at all, whatever the number of requests. The write lock is taken first, so what the work reads
    /// stays true until it commits, and a writer in another process waits (or this one does, announced through
    /// <see cref="LocalDatabaseOptions.LockWait"/>). Requests must come from the calling thread.
    /// </summary>
    /// <exception cref="LocalDatabaseException">The file is read-only, or the write lock stayed taken past the busy timeout.</exception>
    /// <exception cref="InvalidOperationException">A request or transaction is running already, or the work caught a failed request and carried on.</exception>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (this)
        {
            if (CurrentTransaction is not null)
            {
                throw new InvalidOperationException($"A transaction is already running on {DataSource}.");
            }

            using var transaction = BeginTransaction(deferred: false);
            CurrentTransaction = transaction;
            TransactionDoomed = false;
            try
            {
                var result = work();
                if (TransactionDoomed)
                {
                    throw new InvalidOperationException("A request inside the transaction failed and the failure was caught; as on the platform, the transaction can only roll back, and nothing was committed.");
                }

                transaction.Commit();
                return result;
            }
            finally
            {
                // Disposing an uncommitted transaction rolls it back.
                CurrentTransaction = null;
                TransactionDoomed = false;
            }
        }
    }

    /// <summary>
    /// Lays out an inferred table (or its new columns) and makes <paramref name="next"/> the catalog, in one
    /// transaction of its own, so a failure leaves schema and catalog as they were. Callers hold the database lock
    /// and have no request transaction running.
    /// </summary>
    internal void ExtendSchema(MetadataCatalog next, TableDefinition table)
    {
        using var transaction = BeginTransaction(deferred: false);
        LazyTables.LayOut(this, table, transaction);
        transaction.Commit();
        Catalog = next;
    }

    /// <summary>
    /// Makes <paramref name="next"/> the catalog (a solution import added tables or columns). Callers hold the
    /// database lock. Tables this connection laid out are checked again at their next write, so columns the new
    /// catalog adds to them are added then, in that write's transaction.
    /// </summary>
    internal void ReplaceCatalog(MetadataCatalog next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Catalog = next;
        LaidOutTables.Clear();
    }

    /// <summary>
    /// A random id the database got when its schema was first laid out. A copy (a snapshot, a backup into another
    /// file) carries it; a database built anew has another. Read from the file on every call, so a process that
    /// keeps the file open notices when another process replaced its whole content (the console's init --force).
    /// Null for a file laid out by a version that did not store it and that could not be written since.
    /// </summary>
    public Guid? ReadDatabaseId()
    {
        lock (this)
        {
            var text = SchemaVersion.ReadValue(Connection, CurrentTransaction, SchemaVersion.DatabaseIdKey);
            return Guid.TryParse(text, out var id) ? id : null;
        }
    }

    /// <summary>
    /// Begins the transaction of a request: deferred for a read (it locks nothing until, unless, it writes), else
    /// IMMEDIATE through <see cref="WriteLock"/>, which announces and bounds a wait for another process.
    /// </summary>
    internal SqliteTransaction BeginTransaction(bool deferred) =>
        deferred ? Connection.BeginTransaction(deferred: true) : WriteLock.Begin(Connection, DataSource, IsReadOnly, options);

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

    private static LocalDatabase Open(string dataSource, MetadataCatalog catalog, LocalDatabaseOptions options, bool readOnly, bool immutable)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(Path.GetFullPath(dataSource)).AbsoluteUri + "?immutable=1" : dataSource,

            // A file its owner marked read-only is opened so even a process allowed to write it (root) leaves it alone.
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,

            // Without pooling, disposing really closes the file, so it can be moved or deleted right after.
            Pooling = false,
            DefaultTimeout = WriteLock.Seconds(options),
        }.ToString());
        LocalDatabase? database = null;
        try
        {
            connection.Open();
            readOnly = readOnly || SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1;
            if (dataSource != InMemory && !readOnly)
            {
                ApplyJournalMode(connection, options.JournalMode);
            }

            database = new LocalDatabase(connection, catalog, dataSource, options, readOnly);
            SchemaInitializer.Apply(database);
            return database;
        }
        catch (SqliteException e)
        {
            Close(database, connection);
            throw Translate(e, dataSource);
        }
        catch
        {
            Close(database, connection);
            throw;
        }
    }

    private static void Close(LocalDatabase? database, SqliteConnection connection)
    {
        if (database is not null)
        {
            database.Dispose();
        }
        else
        {
            connection.Dispose();
        }
    }

    /// <summary>
    /// Whether the file's owner marked it read-only: no write permission bit at all (Unix), the ReadOnly attribute
    /// (Windows). Such a file is opened for reading only, even by a process allowed to write it (root).
    /// </summary>
    public static bool IsMarkedReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        }

        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(path) & anyWrite) == 0;
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

        // SQLITE_READONLY
        8 => new LocalDatabaseException(
            LocalDatabaseFailure.ReadOnly,
            $"The database file '{dataSource}' cannot be written ({e.Message}). Make it and its folder writable, or open another file.",
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
