using System.Text;
using System.Xml.Linq;

namespace DataverseSharing.Integration.Engine;

/// <summary>How a solution folder's file differs from what the declarations generate.</summary>
internal enum RegistrationDrift
{
    /// <summary>The declarations generate it; the folder lacks it.</summary>
    Missing,

    /// <summary>The folder's file says something else.</summary>
    Changed,

    /// <summary>The folder has it; no declaration generates it any more.</summary>
    Stale,
}

/// <summary>One file that differs, by its path inside the solution folder.</summary>
internal sealed record RegistrationDifference(string RelativePath, RegistrationDrift Drift)
{
    public override string ToString() => Drift switch
    {
        RegistrationDrift.Missing => $"{RelativePath} is missing",
        RegistrationDrift.Changed => $"{RelativePath} differs from the declarations",
        _ => $"{RelativePath} is declared by nothing",
    };
}

/// <summary>
/// Keeps a solution folder's registration files equal to the declarations: the generated files
/// (<see cref="RegistrationFiles"/>) and the steps' root components (type 92) in Other/Solution.xml. The folders it
/// generates (SdkMessageProcessingSteps, customapis, pluginpackages/*/pluginpackage.xml) are its own: a file there
/// that no declaration makes is stale and removed. The package's nupkg (pluginpackages/*/package/) is the build's
/// and left alone. Each file is written beside its target and moved over it, so a kill leaves every file either
/// old or new, never half-written; running again finishes the job.
/// </summary>
internal static class RegistrationSync
{
    public const string ManifestPath = "Other/Solution.xml";
    private const int StepComponentType = 92;

    /// <summary>What differs between <paramref name="folder"/> and the generated files, ordered by path.</summary>
    /// <exception cref="InvalidDataException">Other/Solution.xml is missing or has no RootComponents; names the file.</exception>
    public static IReadOnlyList<RegistrationDifference> Compare(string folder, IReadOnlyList<GeneratedFile> files) =>
        Plan(folder, files).Differences;

    /// <summary>Writes what differs and removes stale files; returns what it changed.</summary>
    /// <exception cref="InvalidDataException">Other/Solution.xml is missing or has no RootComponents; names the file.</exception>
    public static IReadOnlyList<RegistrationDifference> Write(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var plan = Plan(folder, files);
        foreach (var difference in plan.Differences)
        {
            var path = Path.Combine(folder, difference.RelativePath);
            if (difference.Drift == RegistrationDrift.Stale)
            {
                File.Delete(path);
                RemoveEmptyParents(folder, Path.GetDirectoryName(path)!);
            }
            else
            {
                Replace(path, plan.Expected[difference.RelativePath]);
            }
        }

        return plan.Differences;
    }

    private static (IReadOnlyList<RegistrationDifference> Differences, Dictionary<string, string> Expected) Plan(string folder, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The solution folder {folder} does not exist.");
        }

        var expected = files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        var manifest = Path.Combine(folder, ManifestPath);
        if (!File.Exists(manifest))
        {
            throw new InvalidDataException($"{manifest} is missing: the registration's root components are written there.");
        }

        var steps = files.Where(f => f.RelativePath.StartsWith(RegistrationFiles.StepsFolder + "/", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)).ToList();
        expected[ManifestPath] = WithStepComponents(manifest, File.ReadAllText(manifest), steps);

        var differences = new List<RegistrationDifference>();
        foreach (var (path, content) in expected.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var full = Path.Combine(folder, path);
            if (!File.Exists(full))
            {
                differences.Add(new(path, RegistrationDrift.Missing));
            }
            else if (!string.Equals(Normalized(File.ReadAllText(full)), content, StringComparison.Ordinal))
            {
                differences.Add(new(path, RegistrationDrift.Changed));
            }
        }

        differences.AddRange(Owned(folder).Where(path => !expected.ContainsKey(path)).Order(StringComparer.Ordinal).Select(path => new RegistrationDifference(path, RegistrationDrift.Stale)));
        return (differences, expected);
    }

    // The files the generator owns, whoever wrote them.
    private static IEnumerable<string> Owned(string folder)
    {
        IEnumerable<string> Under(string sub, string pattern, SearchOption depth)
        {
            var path = Path.Combine(folder, sub);
            return Directory.Exists(path) ? Directory.EnumerateFiles(path, pattern, depth) : [];
        }

        return Under(RegistrationFiles.StepsFolder, "*", SearchOption.TopDirectoryOnly)
            .Concat(Under(RegistrationFiles.CustomApisFolder, "*", SearchOption.AllDirectories))
            .Concat(Under(RegistrationFiles.PackagesFolder, "pluginpackage.xml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'));
    }

    /// <summary>
    /// Solution.xml with exactly one type-92 root component per step, in id order, after the other root components;
    /// the rest of the file as it was.
    /// </summary>
    private static string WithStepComponents(string path, string text, IReadOnlyList<string> stepIds)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException($"{path}({e.LineNumber}): malformed XML: {e.Message}", e);
        }

        var components = document.Root?.Element("SolutionManifest")?.Element("RootComponents")
            ?? throw new InvalidDataException($"{path}: <ImportExportXml><SolutionManifest> has no <RootComponents>.");
        foreach (var step in components.Elements("RootComponent").Where(c => (string?)c.Attribute("type") == "92").ToList())
        {
            if (step.PreviousNode is XText whitespace && string.IsNullOrWhiteSpace(whitespace.Value))
            {
                whitespace.Remove();
            }

            step.Remove();
        }

        // Indented as the file indents its root components: one level deeper than <RootComponents>.
        var outer = components.PreviousNode is XText before && string.IsNullOrWhiteSpace(before.Value) ? before.Value : "\n    ";
        var inner = outer + "  ";
        if (components.LastNode is XText closing && string.IsNullOrWhiteSpace(closing.Value))
        {
            closing.Remove();
        }

        foreach (var id in stepIds.Order(StringComparer.OrdinalIgnoreCase))
        {
            components.Add(new XText(inner), new XElement("RootComponent",
                new XAttribute("type", StepComponentType), new XAttribute("id", id), new XAttribute("behavior", "0")));
        }

        components.Add(new XText(outer));
        var declaration = document.Declaration is { } d ? d + "\n" : string.Empty;
        return Normalized(declaration + document.Root!.ToString(SaveOptions.DisableFormatting) + (text.EndsWith('\n') ? "\n" : string.Empty));
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void Replace(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void RemoveEmptyParents(string folder, string directory)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        for (var current = Path.GetFullPath(directory); current.Length > root.Length && !Directory.EnumerateFileSystemEntries(current).Any(); current = Path.GetDirectoryName(current)!)
        {
            Directory.Delete(current);
        }
    }
}
