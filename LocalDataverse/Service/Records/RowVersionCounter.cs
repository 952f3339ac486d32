using System.Globalization;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// The database-wide row version Dataverse stamps in versionnumber: it only grows, across restarts too, so it
/// lives in the database, raised in the request's own transaction.
/// </summary>
internal static class RowVersionCounter
{
    private static readonly string Sql = $"INSERT INTO {SqlIdentifier.Quote(SchemaVersion.Table)} (\"key\", \"value\") VALUES ('rowversion', '1') " +
        "ON CONFLICT(\"key\") DO UPDATE SET \"value\" = CAST(CAST(\"value\" AS INTEGER) + 1 AS TEXT) RETURNING \"value\";";

    public static long Next(LocalDatabase database, SqliteTransaction transaction)
    {
        var command = database.Prepared(Sql, transaction);
        return long.Parse((string)command.ExecuteScalar()!, CultureInfo.InvariantCulture);
    }
}
