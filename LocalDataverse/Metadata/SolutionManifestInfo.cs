namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>What Other/Solution.xml says about the solution whose tables the catalog holds.</summary>
public sealed record SolutionManifestInfo(
    string UniqueName,
    string Version,
    string PublisherUniqueName,
    string CustomizationPrefix,
    int CustomizationOptionValuePrefix);
