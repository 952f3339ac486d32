namespace DataverseSharing.Testing.Files;

/// <summary>Every file of a folder tree by relative path (forward slashes), with its bytes: for before/after comparisons.</summary>
public sealed class FolderSnapshot
{
    private FolderSnapshot(SortedDictionary<string, byte[]> files) => Files = files;

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static FolderSnapshot Read(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return new FolderSnapshot(files);
    }

    /// <summary>Read from a dictionary of entries (a zip's, say).</summary>
    public static FolderSnapshot Of(IEnumerable<KeyValuePair<string, byte[]>> entries) =>
        new(new SortedDictionary<string, byte[]>(entries.ToDictionary(e => e.Key, e => e.Value), StringComparer.Ordinal));

    /// <summary>The same paths with the same bytes.</summary>
    public bool SameAs(FolderSnapshot other) => Differences(other).Count == 0;

    /// <summary>The paths missing on either side or whose bytes differ, for assertion messages.</summary>
    public IReadOnlyList<string> Differences(FolderSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Files.Keys.Union(other.Files.Keys, StringComparer.Ordinal)
            .Where(path => !Files.TryGetValue(path, out var mine) || !other.Files.TryGetValue(path, out var theirs) || !mine.AsSpan().SequenceEqual(theirs))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public override string ToString() => $"{Files.Count} file(s)";
}
