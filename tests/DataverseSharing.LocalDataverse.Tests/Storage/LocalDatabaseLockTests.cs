using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;
using DataverseSharing.Testing.Faults;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>Another process's locks, and files that may only be read: what opening and writing do then.</summary>
public sealed class LocalDatabaseLockTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly List<string> waits = new();

    public void Dispose() => folder.Dispose();

    private LocalDatabaseOptions Quick => new() { BusyTimeout = TimeSpan.FromSeconds(1), LockWait = m => waits.Add(m) };

    [Fact]
    public void Open_FileAtCurrentSchemaWhileAnotherConnectionWrites_OpensWithoutWaiting()
    {
        var path = Laid("busy.db");
        using var holder = SqliteProbe.OpenRaw(path);
        SqliteProbe.Execute(holder, "BEGIN IMMEDIATE");
        SqliteProbe.Execute(holder, "INSERT INTO __localdataverse_schema (\"key\", \"value\") VALUES ('uncommitted', 'x')");

        using var database = LocalDatabase.Open(path, LocalMetadata.Default, Quick);

        Assert.Equal(["0"], SqliteProbe.Strings(database.Connection, "SELECT count(*) FROM dvs_bestpractice"));
        Assert.Empty(waits);
        SqliteProbe.Execute(holder, "ROLLBACK");
    }

    [Fact]
    public void Open_FileAtCurrentSchema_LeavesItsBytesAsTheyWere()
    {
        var path = Laid("same.db");
        var before = File.ReadAllBytes(path);

        using (LocalDatabase.Open(path, LocalMetadata.Default, Quick))
        {
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void BeginTransaction_WriteLockHeldElsewhere_AnnouncesTheWaitOnceAndFailsAsLockedAfterTheBound()
    {
        var path = Laid("locked.db");
        using var database = LocalDatabase.Open(path, LocalMetadata.Default, Quick);
        using var holder = SqliteProbe.OpenRaw(path);
        SqliteProbe.Execute(holder, "BEGIN IMMEDIATE");

        var error = Assert.Throws<LocalDatabaseException>(() => database.InTransaction(() => 0));

        Assert.Equal(LocalDatabaseFailure.Locked, error.Failure);
        Assert.Contains("locked by another process (waited 1 s)", error.Message, StringComparison.Ordinal);
        var wait = Assert.Single(waits);
        Assert.Contains($"Waiting for '{path}': another process is writing it (giving up after 1 s).", wait, StringComparison.Ordinal);
        SqliteProbe.Execute(holder, "ROLLBACK");
    }

    [Fact]
    public void BeginTransaction_WriteLockFree_DoesNotAnnounceAWait()
    {
        using var database = LocalDatabase.Open(Laid("free.db"), LocalMetadata.Default, Quick);

        Assert.Equal(7, database.InTransaction(() => 7));
        Assert.Empty(waits);
    }

    [Fact]
    public void Open_FileMarkedReadOnly_ReadsButRefusesToWrite()
    {
        var path = Laid("readonly.db");
        ReadOnlyFiles.Mark(path);
        var before = File.ReadAllBytes(path);

        using (var database = LocalDatabase.Open(path, LocalMetadata.Default, Quick))
        {
            Assert.True(database.IsReadOnly);
            Assert.Equal(["0"], SqliteProbe.Strings(database.Connection, "SELECT count(*) FROM dvs_bestpractice"));
            var error = Assert.Throws<LocalDatabaseException>(() => database.InTransaction(() => 0));
            Assert.Equal(LocalDatabaseFailure.ReadOnly, error.Failure);
            Assert.Contains($"'{path}' is read-only", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_ReadOnlyFileLackingTheSchema_IsRefusedAsReadOnly()
    {
        var path = folder.File("old.db");
        using (var old = LocalDatabase.Open(path, LocalMetadata.StandardOnly(), Quick))
        {
            // Holds account, which the solution widens (dvs_region): the read-only file cannot get that column.
            SqliteProbe.LayOut(old, "account");
        }

        ReadOnlyFiles.Mark(path);

        var error = Assert.Throws<LocalDatabaseException>(() => LocalDatabase.Open(path, LocalMetadata.Default, Quick));

        Assert.Equal(LocalDatabaseFailure.ReadOnly, error.Failure);
        Assert.Contains("lacks columns", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A file already at the default catalog's schema, closed.</summary>
    private string Laid(string name)
    {
        var path = folder.File(name);
        using (var database = LocalDatabase.Open(path, LocalMetadata.Default, Quick))
        {
            SqliteProbe.LayOut(database, "dvs_bestpractice");
        }

        return path;
    }
}
