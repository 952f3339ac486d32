using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// The layout version of a database file, kept in a table of its own. Raise <see cref="Current"/> whenever the
/// way values are stored changes (see <see cref="StorageLayout"/>); columns and tables that a newer solution adds
/// are not a layout change, they are added on open.
/// </summary>
internal static class SchemaVersion
{
    public const int Current = 1;

    public const string Table = "__localdataverse_schema";

    private const string VersionKey = "schemaversion";

    public static void CreateTable(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, $"CREATE TABLE IF NOT EXISTS {SqlIdentifier.Quote(Table)} (\"key\" TEXT NOT NULL PRIMARY KEY, \"value\" TEXT NOT NULL);");

    /// <summary>The version the file was written with; null for a file the engine has never initialised.</summary>
    public static int? Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"value\" FROM {SqlIdentifier.Quote(Table)} WHERE \"key\" = $key;";
        command.Parameters.AddWithValue("$key", VersionKey);
        return command.ExecuteScalar() is string text && int.TryParse(text, out var version) ? version : null;
    }

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, int version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {SqlIdentifier.Quote(Table)} (\"key\", \"value\") VALUES ($key, $value) " +
            "ON CONFLICT(\"key\") DO UPDATE SET \"value\" = excluded.\"value\";";
        command.Parameters.AddWithValue("$key", VersionKey);
        command.Parameters.AddWithValue("$value", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
