using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>The journal mode a file database is opened in (LocalDatabaseOptions.JournalMode).</summary>
public sealed class JournalModeTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Open_File_UsesWriteAheadLogByDefault()
    {
        using var database = LocalDatabase.Open(folder.File("default.db"), LocalMetadata.Default);

        Assert.Equal(["wal"], SqliteProbe.Strings(database.Connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void Open_FileWithDelete_UsesARollbackJournal()
    {
        var path = folder.File("delete.db");
        using (LocalDatabase.Open(path, LocalMetadata.Default))
        {
        }

        // The mode is stored in the file: Delete must also undo an earlier Wal.
        using var database = LocalDatabase.Open(path, LocalMetadata.Default, new LocalDatabaseOptions { JournalMode = JournalMode.Delete });

        Assert.Equal(["delete"], SqliteProbe.Strings(database.Connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void Open_InMemory_IgnoresTheOption()
    {
        using var database = LocalDatabase.Open(LocalDatabase.InMemory, LocalMetadata.Default, new LocalDatabaseOptions { JournalMode = JournalMode.Wal });

        Assert.Equal(["memory"], SqliteProbe.Strings(database.Connection, "PRAGMA journal_mode;"));
    }
}
