using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>Database files: reopening, upgrading, and the files the engine must refuse.</summary>
public sealed class LocalDatabaseFileTests : IDisposable
{
    private static readonly LocalDatabaseOptions Quick = new() { BusyTimeout = TimeSpan.FromSeconds(1) };
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Open_NewFile_CreatesItWithTheCurrentSchemaVersion()
    {
        var path = folder.File("new.db");

        using (LocalDatabase.Open(path, LocalMetadata.Default, Quick))
        {
        }

        using var raw = SqliteProbe.OpenRaw(path);
        Assert.Equal(["schemaversion|2"], SqliteProbe.Strings(raw, "SELECT \"key\", \"value\" FROM __localdataverse_schema WHERE \"key\" = 'schemaversion'"));
        Assert.True(Guid.TryParse(Assert.Single(SqliteProbe.Strings(raw, "SELECT \"value\" FROM __localdataverse_schema WHERE \"key\" = 'databaseid'")), out _));
    }

    [Fact]
    public void Open_ExistingFile_KeepsRowsAndAddsWhatTheSolutionAdded()
    {
        var path = folder.File("upgrade.db");
        var id = Guid.NewGuid().ToString("D");
        using (var old = LocalDatabase.Open(path, LocalMetadata.StandardOnly(), Quick))
        {
            SqliteProbe.LayOut(old, "opportunity");
            SqliteProbe.Execute(old.Connection, "INSERT INTO opportunity (opportunityid, name) VALUES ($id, 'Big deal')", ("$id", id));
        }

        using var upgraded = LocalDatabase.Open(path, LocalMetadata.Default, Quick);

        Assert.Equal([$"{id}|Big deal|null"], SqliteProbe.Strings(upgraded.Connection, "SELECT opportunityid, name, dvs_region FROM opportunity"));

        // The solution's own tables are laid out by their first write, not by the upgrade.
        Assert.Equal(["opportunity"], SqliteProbe.Tables(upgraded.Connection));
    }

    [Fact]
    public void Open_SameFileTwice_ChangesNothing()
    {
        var path = folder.File("twice.db");
        using (LocalDatabase.Open(path, LocalMetadata.Default, Quick))
        {
        }

        string Schema()
        {
            using var raw = SqliteProbe.OpenRaw(path);
            return string.Join("\n", SqliteProbe.Strings(raw, "SELECT type, name, sql FROM sqlite_master ORDER BY name"));
        }

        var before = Schema();
        using (LocalDatabase.Open(path, LocalMetadata.Default, Quick))
        {
        }

        Assert.Equal(before, Schema());
    }

    [Fact]
    public void Open_FileFromNewerVersion_IsRefusedAndLeftAlone()
    {
        var path = folder.File("newer.db");
        using (LocalDatabase.Open(path, LocalMetadata.StandardOnly(), Quick))
        {
        }

        using (var raw = SqliteProbe.OpenRaw(path))
        {
            SqliteProbe.Execute(raw, "UPDATE __localdataverse_schema SET \"value\" = '7' WHERE \"key\" = 'schemaversion'");
        }

        var error = Assert.Throws<LocalDatabaseException>(() => LocalDatabase.Open(path, LocalMetadata.Default, Quick));

        Assert.Equal(LocalDatabaseFailure.NewerSchema, error.Failure);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("storage layout 7", error.Message, StringComparison.Ordinal);
        using var check = SqliteProbe.OpenRaw(path);
        Assert.Empty(SqliteProbe.Strings(check, "SELECT name FROM sqlite_master WHERE name = 'dvs_bestpractice'"));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_IsRefusedAsCorrupt()
    {
        var path = folder.File("garbage.db");
        File.WriteAllBytes(path, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());

        var error = Assert.Throws<LocalDatabaseException>(() => LocalDatabase.Open(path, LocalMetadata.Default, Quick));

        Assert.Equal(LocalDatabaseFailure.Corrupt, error.Failure);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileLockedByAnotherConnection_IsRefusedAsLocked()
    {
        var path = folder.File("locked.db");
        using (LocalDatabase.Open(path, LocalMetadata.StandardOnly(), Quick))
        {
        }

        using var holder = SqliteProbe.OpenRaw(path);
        SqliteProbe.Execute(holder, "BEGIN EXCLUSIVE");

        var error = Assert.Throws<LocalDatabaseException>(() => LocalDatabase.Open(path, LocalMetadata.Default, Quick));

        Assert.Equal(LocalDatabaseFailure.Locked, error.Failure);
        Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);
        SqliteProbe.Execute(holder, "ROLLBACK");
    }

    [Fact]
    public void Open_AnotherProgramsDatabase_IsRefusedAndLeftAlone()
    {
        var path = folder.File("foreign.db");
        using (var raw = SqliteProbe.OpenRaw(path))
        {
            SqliteProbe.Execute(raw, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }

        var error = Assert.Throws<LocalDatabaseException>(() => LocalDatabase.Open(path, LocalMetadata.Default, Quick));

        Assert.Equal(LocalDatabaseFailure.NotLocalDataverse, error.Failure);
        using var check = SqliteProbe.OpenRaw(path);
        Assert.Equal(["invoices"], SqliteProbe.Strings(check, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public void Dispose_ClosesTheFile_SoItCanBeDeleted()
    {
        var path = folder.File("closed.db");
        using (LocalDatabase.Open(path, LocalMetadata.Default, Quick))
        {
        }

        File.Delete(path);

        Assert.False(File.Exists(path));
    }
}
