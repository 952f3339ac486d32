namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>Raised when a file cannot be read at all (not JSON, broken quoting); the whole file is refused.</summary>
public sealed class PracticeFileException : Exception
{
    public PracticeFileException(PracticeFileError error)
        : base(error.ToString())
    {
        Error = error;
    }

    public PracticeFileError Error { get; }
}
