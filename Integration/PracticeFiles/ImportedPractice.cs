using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>A validated record of a practice file, ready to upsert by its key.</summary>
public sealed record ImportedPractice(string Key, Practice Practice, int Line);
