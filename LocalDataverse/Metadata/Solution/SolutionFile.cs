namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>A file of the unpacked solution, by its path relative to the solution root (Solution/src).</summary>
public sealed record SolutionFile(string RelativePath, Func<Stream> Open);
