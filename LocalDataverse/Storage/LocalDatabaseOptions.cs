namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>How a database is opened.</summary>
public sealed record LocalDatabaseOptions
{
    public static LocalDatabaseOptions Default { get; } = new();

    /// <summary>
    /// How long to wait for another process's lock on the file before giving up with
    /// <see cref="LocalDatabaseFailure.Locked"/>. Whole seconds; at least one, since zero would mean "forever".
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The journal mode set on a file database when it is opened; write-ahead log by default. Ignored for
    /// in-memory databases, which have no file to journal.
    /// </summary>
    public JournalMode JournalMode { get; init; } = JournalMode.Wal;
}
