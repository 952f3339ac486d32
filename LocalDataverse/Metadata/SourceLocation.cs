namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>Where a definition came from, so an error about it can name the file and line to fix.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => Line > 0 ? $"{File}({Line})" : File;
}
