using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>What a handler works with: the database and its open transaction, the caller and the clock.</summary>
public sealed class RequestContext
{
    internal RequestContext(LocalDatabase database, SqliteTransaction transaction, Guid userId, DateTime now, long rowVersion, LocalOrganizationService service)
    {
        Service = service;
        Database = database;
        Transaction = transaction;
        UserId = userId;
        Now = now;
        RowVersion = rowVersion;
    }

    public MetadataCatalog Catalog => Database.Catalog;

    /// <summary>The systemuser the request runs as; createdby, modifiedby and the default owner.</summary>
    public Guid UserId { get; }

    /// <summary>The request's time, the same for every row it writes (UTC).</summary>
    public DateTime Now { get; }

    /// <summary>The versionnumber the request stamps on the rows it writes.</summary>
    public long RowVersion { get; }

    internal LocalDatabase Database { get; }

    /// <summary>
    /// The service running the request. Messages made of other requests (ExecuteTransaction, WinOpportunity's close
    /// activity) send them through it, so they get their plug-ins and join this request's transaction.
    /// </summary>
    internal LocalOrganizationService Service { get; }

    internal SqliteTransaction Transaction { get; }

    internal SqliteCommand Command(string sql)
    {
        var command = Database.Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}
