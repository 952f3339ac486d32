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
    public static long Next(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {SqlIdentifier.Quote(SchemaVersion.Table)} (\"key\", \"value\") VALUES ('rowversion', '1') " +
            "ON CONFLICT(\"key\") DO UPDATE SET \"value\" = CAST(CAST(\"value\" AS INTEGER) + 1 AS TEXT) RETURNING \"value\";";
        return long.Parse((string)command.ExecuteScalar()!, CultureInfo.InvariantCulture);
    }
}
