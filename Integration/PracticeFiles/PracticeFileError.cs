namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>A problem in a practice file, located by line, field and record key.</summary>
public sealed record PracticeFileError(string File, int Line, string? Field, string? Key, string Problem)
{
    public override string ToString()
    {
        var record = string.IsNullOrEmpty(Key) ? string.Empty : $" record '{Key}':";
        var field = Field is null ? string.Empty : $" field '{Field}':";
        return $"{File}:{Line}:{record}{field} {Problem}";
    }
}
