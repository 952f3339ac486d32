namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>What an import did: rows created, rows updated, and rows left alone because the file holds them as stored.</summary>
public sealed record ImportCounts(int Created, int Updated, int Unchanged);
