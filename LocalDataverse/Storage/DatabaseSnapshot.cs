using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// A copy of a whole local database held in memory, taken and put back with SQLite's online backup. Tests seed
/// an organization once, snapshot it, and restore it before each test instead of seeding again.
/// </summary>
public sealed class DatabaseSnapshot : IDisposable
{
    private readonly SqliteConnection copy;

    private DatabaseSnapshot(SqliteConnection copy, string source)
    {
        this.copy = copy;
        Source = source;
    }

    /// <summary>The data source the snapshot was taken from.</summary>
    public string Source { get; }

    /// <summary>Copies every table of <paramref name="database"/>, schema and rows.</summary>
    /// <exception cref="InvalidOperationException">A request is running on the database.</exception>
    internal static DatabaseSnapshot Take(LocalDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        lock (database)
        {
            EnsureIdle(database, "snapshot");
            var copy = new SqliteConnection("Data Source=:memory:");
            copy.Open();
            database.Connection.BackupDatabase(copy);
            return new DatabaseSnapshot(copy, database.DataSource);
        }
    }

    /// <summary>Puts the database back exactly as it was when the snapshot was taken.</summary>
    /// <exception cref="InvalidOperationException">A request is running on the database.</exception>
    internal void RestoreTo(LocalDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        lock (database)
        {
            EnsureIdle(database, "restore");
            copy.BackupDatabase(database.Connection);

            // The tables are now the snapshot's, which may have been laid out from another catalog.
            database.LaidOutTables.Clear();
        }
    }

    public void Dispose() => copy.Dispose();

    private static void EnsureIdle(LocalDatabase database, string what)
    {
        if (database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException($"Cannot {what} {database.DataSource} while a request is running on it.");
        }
    }
}
