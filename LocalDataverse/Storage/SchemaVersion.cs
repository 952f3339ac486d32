using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// The layout version of a database file, kept in a key/value table of its own with the other facts about the
/// file: the fingerprint of the catalog its schema was last brought up to, and the file's identity. Raise
/// <see cref="Current"/> whenever the way values are stored changes (see <see cref="StorageLayout"/>); columns and
/// tables that a newer solution adds are not a layout change, they are added on open.
/// </summary>
internal static class SchemaVersion
{
    /// <remarks>2: a table is laid out on its first write (<see cref="LazyTables"/>), so a reader must take a table the
    /// file lacks for an empty one; a version that reads only layout 1 expects every table and refuses the file.</remarks>
    public const int Current = 2;

    public const string Table = "__localdataverse_schema";

    public const string VersionKey = "schemaversion";

    /// <summary>The <see cref="SchemaFingerprint"/> of the catalog the schema was last brought up to.</summary>
    public const string CatalogKey = "catalog";

    /// <summary>
    /// The fingerprint of the registration rows last written and of the tables they are in (Setup/RegistrationFingerprint),
    /// so an open that finds it unchanged need not read the rows back.
    /// </summary>
    public const string RegistrationsKey = "registrations";

    /// <summary>A random id given when the schema is first laid out (see <see cref="LocalDatabase.ReadDatabaseId"/>).</summary>
    public const string DatabaseIdKey = "databaseid";

    public static void CreateTable(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, $"CREATE TABLE IF NOT EXISTS {SqlIdentifier.Quote(Table)} (\"key\" TEXT NOT NULL PRIMARY KEY, \"value\" TEXT NOT NULL);");

    /// <summary>The version the file was written with; null for a file the engine has never initialised.</summary>
    public static int? Read(SqliteConnection connection, SqliteTransaction? transaction) =>
        ReadValue(connection, transaction, VersionKey) is { } text && int.TryParse(text, out var version) ? version : null;

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, int version) =>
        WriteValue(connection, transaction, VersionKey, version.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string? ReadValue(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"value\" FROM {SqlIdentifier.Quote(Table)} WHERE \"key\" = $key;";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    public static void WriteValue(SqliteConnection connection, SqliteTransaction? transaction, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {SqlIdentifier.Quote(Table)} (\"key\", \"value\") VALUES ($key, $value) " +
            "ON CONFLICT(\"key\") DO UPDATE SET \"value\" = excluded.\"value\";";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
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
