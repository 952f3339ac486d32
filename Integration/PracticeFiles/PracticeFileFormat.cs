namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>The two forms of a practice file.</summary>
public enum PracticeFileFormat
{
    Json,
    Csv,
}
