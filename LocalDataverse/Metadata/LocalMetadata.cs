using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Metadata.Standard;

namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// Entry point to the engine's metadata: the built-in standard tables merged with the package's solution.
/// Parsing takes a while and the result is immutable, so <see cref="Default"/> is built once per process.
/// </summary>
public static class LocalMetadata
{
    private static readonly Lazy<MetadataCatalog> DefaultCatalog = new(() => Load(SolutionSource.Embedded()));

    /// <summary>The standard tables plus the solution embedded in this assembly at build time.</summary>
    public static MetadataCatalog Default => DefaultCatalog.Value;

    /// <summary>The standard tables plus the solution in the given files (a folder, usually Solution/src).</summary>
    public static MetadataCatalog Load(IReadOnlyList<SolutionFile> solutionFiles)
    {
        var builder = StandardTables.AddTo(new MetadataCatalogBuilder());
        return SolutionMetadataReader.AddTo(builder, solutionFiles).Build();
    }

    /// <summary>The standard tables alone, for tests and tools that do not need the package's tables.</summary>
    public static MetadataCatalog StandardOnly() => StandardTables.AddTo(new MetadataCatalogBuilder()).Build();
}
