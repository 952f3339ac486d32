using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>Raw SQL against a test database, to look at what the engine wrote without going through it.</summary>
internal static class SqliteProbe
{
    public static List<string> Strings(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return result;
    }

    public static int Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Lays out the tables (all of the catalog's when none are named) as a first write to each would, so a test can
    /// look at their DDL or write them with raw SQL.
    /// </summary>
    public static void LayOut(DataverseSharing.LocalDataverse.Storage.LocalDatabase database, params string[] tables)
    {
        var names = tables.Length > 0 ? tables : database.Catalog.Tables.Select(t => t.LogicalName).ToArray();
        using var transaction = database.Connection.BeginTransaction();
        foreach (var name in names)
        {
            DataverseSharing.LocalDataverse.Storage.LazyTables.EnsureCreated(database, database.Catalog.GetTable(name), transaction);
        }

        transaction.Commit();
    }

    /// <summary>The names of the SQL tables the file holds, the engine's own (__localdataverse_*) left out.</summary>
    public static List<string> Tables(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name");

    public static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 1 }.ToString());
        connection.Open();
        return connection;
    }
}
