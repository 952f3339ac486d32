using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>What a handler works with: the database and its open transaction, the caller and the clock.</summary>
internal sealed class RequestContext
{
    private readonly Func<long> nextRowVersion;
    private long? rowVersion;

    internal RequestContext(LocalDatabase database, SqliteTransaction transaction, Guid userId, DateTime now, Func<long> nextRowVersion, LocalOrganizationService service)
    {
        this.nextRowVersion = nextRowVersion;
        Service = service;
        Database = database;
        Transaction = transaction;
        UserId = userId;
        Now = now;
    }

    public MetadataCatalog Catalog => Database.Catalog;

    /// <summary>The systemuser the request runs as; createdby, modifiedby and the default owner.</summary>
    public Guid UserId { get; }

    /// <summary>The request's time, the same for every row it writes (UTC).</summary>
    public DateTime Now { get; }

    /// <summary>
    /// The versionnumber the request stamps on the rows it writes. Taken from the counter on first use, so a request
    /// that writes nothing (a read) leaves the counter, and the database, untouched.
    /// </summary>
    public long RowVersion => rowVersion ??= nextRowVersion();

    internal LocalDatabase Database { get; }

    /// <summary>
    /// The service running the request. Messages made of other requests (ExecuteTransaction, WinOpportunity's close
    /// activity) send them through it, so they get their plug-ins and join this request's transaction.
    /// </summary>
    internal LocalOrganizationService Service { get; }

    internal SqliteTransaction Transaction { get; }

    /// <summary>A cached prepared command in the request's transaction; see <see cref="LocalDatabase.Prepared"/>.</summary>
    internal SqliteCommand Prepared(string sql) => Database.Prepared(sql, Transaction);

    /// <summary>Whether the file holds the table; one no row was ever written to does not exist yet (<see cref="LazyTables"/>).</summary>
    internal bool HasTable(string logicalName) => LazyTables.Exists(Database, logicalName, Transaction);

    /// <summary>The table as a read names it in FROM or JOIN: itself, or an empty row set while it does not exist.</summary>
    internal string From(TableDefinition table) => LazyTables.Source(Database, table, Transaction);

    /// <summary>Lays the table out in the request's transaction before its first row is written.</summary>
    internal void EnsureTable(TableDefinition table) => LazyTables.EnsureCreated(Database, table, Transaction);

    internal SqliteCommand Command(string sql)
    {
        var command = Database.Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}
