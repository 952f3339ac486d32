using System.Reflection;

namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Where the unpacked solution files are read from: a folder (a checkout, or a test's copy) or the copy embedded
/// in this assembly at build time, so the engine runs without a checkout.
/// </summary>
public static class SolutionSource
{
    /// <summary>Prefix of the embedded resources that hold Solution/src (see the project file).</summary>
    internal const string EmbeddedPrefix = "Solution/src/";

    public static IReadOnlyList<SolutionFile> FromDirectory(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (!Directory.Exists(root))
        {
            throw new MetadataException($"The solution folder '{root}' does not exist.");
        }

        // XML for nearly everything; JSON for environment variables' current values (environmentvariablevalues.json);
        // the plug-in packages' nupkg files (pluginpackages/<name>/package/<name>.nupkg).
        return Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(root, "*.nupkg", SearchOption.AllDirectories))
            .Select(path => new SolutionFile(
                Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'),
                () => File.OpenRead(path)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<SolutionFile> Embedded() => FromAssembly(typeof(SolutionSource).Assembly);

    internal static IReadOnlyList<SolutionFile> FromAssembly(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Select(name => new SolutionFile(
                name[EmbeddedPrefix.Length..],
                () => assembly.GetManifestResourceStream(name)
                    ?? throw new MetadataException($"The embedded solution file '{name}' cannot be opened.")))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
}
