using Microsoft.Data.Sqlite;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// Puts a new org file in SQLite's write-ahead-log mode before LocalDataverse lays out its schema. The mode is
/// stored in the file, so every later connection gets it: readers (a <c>suggest --watch</c>) no longer block a
/// writer (a <c>deal update</c> in another process) and each commit costs one sync instead of a journal's several.
/// </summary>
public static class JournalMode
{
    public static void UseWriteAheadLog(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
