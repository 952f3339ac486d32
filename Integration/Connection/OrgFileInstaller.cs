using System.Globalization;
using DataverseSharing.Integration.Cli;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// Puts a newly built, closed org file in place of the org at a path, so that no process, and no kill -9 at any
/// moment, ever sees a mix of the two:
/// <list type="bullet">
/// <item>over an existing org, the new content is copied with SQLite's online backup into the open target, in one
/// write transaction on it: the target keeps its own -wal and -shm, a process reading it sees the old org until the
/// copy commits and the new one after, and a kill before the commit leaves the old org;</item>
/// <item>where there is no org yet (no file, or an empty one), the new file is moved there, after any -wal or -shm a
/// deleted org left (they would be replayed into the new file);</item>
/// <item>over a file that is not a database at all (or is damaged past reading), the same move, since no SQLite
/// process can be using it.</item>
/// </list>
/// The caller holds the <see cref="BuildGate"/>, so no other build of the same path runs meanwhile.
/// </summary>
internal static class OrgFileInstaller
{
    public static void Install(string built, string target, OrgTarget before, TimeSpan lockTimeout, TextWriter progress)
    {
        // Closing the last connection of the build checkpoints and deletes its log; a log left here would mean
        // part of the new org is outside the file that is about to be moved or copied.
        if (File.Exists(built + "-wal") && new FileInfo(built + "-wal").Length > 0)
        {
            throw new InvalidOperationException($"The new org {built} still has a write-ahead log; it was not closed.");
        }

        if (before.Kind is OrgTargetKind.Missing or OrgTargetKind.Empty)
        {
            MoveInto(built, target, overwrite: before.Kind == OrgTargetKind.Empty);
            return;
        }

        try
        {
            CopyInto(built, target, lockTimeout, progress);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT)
        {
            MoveInto(built, target, overwrite: true);
        }
    }

    private static void MoveInto(string built, string target, bool overwrite)
    {
        LeftoverBuilds.DeleteCompanions(target);
        try
        {
            File.Move(built, target, overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(target))
        {
            // Created meanwhile by a process outside the gate (an older version): copy into it like any org.
            CopyInto(built, target, TimeSpan.FromSeconds(30), TextWriter.Null);
        }
    }

    private static void CopyInto(string built, string target, TimeSpan lockTimeout, TextWriter progress)
    {
        using var source = Open(built, SqliteOpenMode.ReadWrite);
        using var destination = Open(target, SqliteOpenMode.ReadWrite);

        // The backup takes the target's write lock and gives up at once when another process holds it; SQLite's
        // own busy timeout makes it wait, announced first so the pause has a reason on screen.
        BusyTimeout(destination, TimeSpan.Zero);
        try
        {
            source.BackupDatabase(destination);
            return;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            progress.WriteLine($"Waiting for '{target}': another process is writing it (giving up after {Seconds(lockTimeout)} s).");
        }

        BusyTimeout(destination, lockTimeout);
        try
        {
            source.BackupDatabase(destination);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            throw new CliException(ExitCodes.Environment, $"The org file {target} is locked by another process (waited {Seconds(lockTimeout)} s); it was left as it was. Close the program that writes it and run init again.", e);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void BusyTimeout(SqliteConnection connection, TimeSpan timeout)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)};";
        command.ExecuteNonQuery();
    }

    private static string Seconds(TimeSpan timeout) => Math.Ceiling(timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
