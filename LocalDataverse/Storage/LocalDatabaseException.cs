namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>A database file that cannot be used; the message names the file and says what to do about it.</summary>
public sealed class LocalDatabaseException : Exception
{
    public LocalDatabaseException()
    {
    }

    public LocalDatabaseException(string message)
        : base(message)
    {
    }

    public LocalDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LocalDatabaseException(LocalDatabaseFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public LocalDatabaseFailure Failure { get; } = LocalDatabaseFailure.CannotOpen;
}
