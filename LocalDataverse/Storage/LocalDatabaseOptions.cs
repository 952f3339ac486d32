namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>How a database is opened.</summary>
public sealed record LocalDatabaseOptions
{
    public static LocalDatabaseOptions Default { get; } = new();

    /// <summary>
    /// How long a write waits for another process's write lock on the file before giving up with
    /// <see cref="LocalDatabaseFailure.Locked"/>. Whole seconds; at least one, since zero would mean "forever".
    /// Reads never wait for a writer: in write-ahead-log mode they read the last committed state.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The journal mode set on a file database when it is opened; write-ahead log by default. Ignored for
    /// in-memory databases, which have no file to journal, and for read-only files, which cannot be changed.
    /// </summary>
    public JournalMode JournalMode { get; init; } = JournalMode.Wal;

    /// <summary>
    /// Told, with a sentence naming the file and the longest wait, each time a write finds the file's write lock
    /// held by another process and starts waiting for it; null to wait silently. A console prints it, so a user
    /// knows why a command pauses.
    /// </summary>
    public Action<string>? LockWait { get; init; }
}
