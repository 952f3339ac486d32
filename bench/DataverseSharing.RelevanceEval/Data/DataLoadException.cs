namespace DataverseSharing.RelevanceEval.Data;

/// <summary>A data file could not be read; the message always names the file and where in it the problem is.</summary>
public sealed class DataLoadException : Exception
{
    public DataLoadException(string fileName, string message)
        : base($"{fileName}: {message}")
    {
        FileName = fileName;
    }

    public DataLoadException(string fileName, string message, Exception inner)
        : base($"{fileName}: {message}", inner)
    {
        FileName = fileName;
    }

    public DataLoadException()
        : base()
    {
        FileName = string.Empty;
    }

    public DataLoadException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    public DataLoadException(string message, Exception inner)
        : base(message, inner)
    {
        FileName = string.Empty;
    }

    public string FileName { get; }
}
