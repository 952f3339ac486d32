using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// Takes a database's write lock (BEGIN IMMEDIATE) so that a user can follow what happens: when another process
/// holds the lock, the wait is announced once (<see cref="LocalDatabaseOptions.LockWait"/>) and bounded
/// (<see cref="LocalDatabaseOptions.BusyTimeout"/>); running out of time, or writing a read-only file, fails with
/// a <see cref="LocalDatabaseException"/> that names the file.
/// </summary>
internal static class WriteLock
{
    public static SqliteTransaction Begin(SqliteConnection connection, string dataSource, bool readOnly, LocalDatabaseOptions options)
    {
        if (readOnly)
        {
            throw new LocalDatabaseException(
                LocalDatabaseFailure.ReadOnly,
                $"The database file '{dataSource}' is read-only: it can be read but not changed. Make it writable (or work on a copy) to change it.");
        }

        if (dataSource != LocalDatabase.InMemory && !IsFree(connection))
        {
            options.LockWait?.Invoke(
                $"Waiting for '{dataSource}': another process is writing it (giving up after {Seconds(options).ToString(CultureInfo.InvariantCulture)} s).");
        }

        try
        {
            return connection.BeginTransaction(deferred: false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            throw Locked(dataSource, options, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_READONLY)
        {
            throw new LocalDatabaseException(
                LocalDatabaseFailure.ReadOnly,
                $"The database file '{dataSource}' cannot be written ({e.Message}). Make it and its folder writable, or work on a copy.",
                e);
        }
    }

    /// <summary>The busy timeout as the whole seconds Microsoft.Data.Sqlite counts in.</summary>
    public static int Seconds(LocalDatabaseOptions options) => Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));

    public static LocalDatabaseException Locked(string dataSource, LocalDatabaseOptions options, Exception inner) => new(
        LocalDatabaseFailure.Locked,
        $"The database file '{dataSource}' is locked by another process (waited {Seconds(options).ToString(CultureInfo.InvariantCulture)} s). Close the program that uses it, or open another file.",
        inner);

    /// <summary>
    /// Whether the write lock is free right now. Microsoft.Data.Sqlite retries a busy statement silently until its
    /// timeout, so the question is asked of SQLite itself, whose own busy handler is off: it answers at once, and
    /// the lock taken to find out is given back straight away.
    /// </summary>
    private static bool IsFree(SqliteConnection connection)
    {
        var result = SQLitePCL.raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE;");
        if (result == SQLitePCL.raw.SQLITE_OK)
        {
            SQLitePCL.raw.sqlite3_exec(connection.Handle, "ROLLBACK;");
            return true;
        }

        // Another failure is not a wait: the real BEGIN below reports it.
        return result is not (SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED);
    }
}
