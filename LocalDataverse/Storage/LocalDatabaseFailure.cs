namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>Why a database could not be opened, so callers (the console's exit codes) can tell the cases apart.</summary>
public enum LocalDatabaseFailure
{
    /// <summary>Another process holds the file locked longer than the busy timeout.</summary>
    Locked,

    /// <summary>The file is not a SQLite database, or its pages are damaged.</summary>
    Corrupt,

    /// <summary>A newer LocalDataverse wrote the file in a layout this one does not know.</summary>
    NewerSchema,

    /// <summary>The file is a SQLite database of some other program.</summary>
    NotLocalDataverse,

    /// <summary>The file cannot be opened or its schema cannot be brought up to date for another reason.</summary>
    CannotOpen,

    /// <summary>The file is read-only: it can be read, but a write (or a schema it lacks) was asked of it.</summary>
    ReadOnly,
}
