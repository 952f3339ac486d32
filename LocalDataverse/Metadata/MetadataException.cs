namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// Metadata that cannot be loaded: malformed or inconsistent solution files or definitions. The message names the
/// file and line when the problem came from a file.
/// </summary>
public sealed class MetadataException : Exception
{
    public MetadataException()
    {
    }

    public MetadataException(string message)
        : base(message)
    {
    }

    public MetadataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MetadataException(string message, SourceLocation? source, Exception? innerException = null)
        : base(source is null ? message : $"{source}: {message}", innerException)
    {
        Location = source;
    }

    /// <summary>The file and line the problem was found at, when it came from a file.</summary>
    public SourceLocation? Location { get; }
}
