namespace DataverseSharing.Packer;

/// <summary>Safe relative paths inside a solution folder or zip: forward slashes, no rooted or parent segments.</summary>
internal static class SolutionFiles
{
    internal static readonly StringComparer PathComparer = StringComparer.Ordinal;

    /// <summary>
    /// <paramref name="path"/> normalised to forward slashes, or a refusal when it is absolute or climbs out (zip
    /// slip), naming <paramref name="source"/>.
    /// </summary>
    internal static string Normalize(string path, string source)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':') || normalized.Contains('\0', StringComparison.Ordinal))
        {
            throw new PackerException($"{source}: the path '{path}' is absolute or empty; a solution holds relative paths only");
        }

        foreach (var segment in normalized.Split('/'))
        {
            if (segment is ".." or "." or "")
            {
                throw new PackerException($"{source}: the path '{path}' has a '{segment}' segment; a solution's paths may not climb out of it");
            }
        }

        return normalized;
    }

    /// <summary>A path written inside solution XML (/WebResources/x.js, /PluginAssemblies/...), made relative and checked.</summary>
    internal static string FromReference(string reference, string source) =>
        Normalize(reference.Trim().TrimStart('/', '\\'), source);

    /// <summary>One segment of a path made from a component's name: refused when it could name another folder.</summary>
    internal static string Segment(string name, string source)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed is "." or ".." || trimmed.IndexOfAny(['/', '\\', ':', '\0', '*', '?', '"', '<', '>', '|']) >= 0)
        {
            throw new PackerException($"{source}: the component name '{name}' cannot be a file name");
        }

        return trimmed;
    }
}
