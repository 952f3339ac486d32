namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>How SQLite keeps a file database's changes safe until they are committed.</summary>
public enum JournalMode
{
    /// <summary>
    /// Write-ahead log: readers in other processes do not block a writer, and a commit costs one sync.
    /// The mode is stored in the file, so every later connection gets it.
    /// </summary>
    Wal,

    /// <summary>SQLite's default rollback journal, deleted at each commit: the file stays a single file.</summary>
    Delete,
}
