using System.Xml.Linq;

namespace DataverseSharing.Integration.Deploy;

/// <summary>
/// What a solution zip promises once imported, read from its unpacked files: its unique name, the ids of its plug-in
/// steps (SdkMessageProcessingSteps/*.xml) and the unique names of its custom APIs (customapis/*/customapi.xml).
/// Deploy checks the organization against exactly these after the import.
/// </summary>
public sealed record PackageContents(string UniqueName, string Version, IReadOnlyList<(Guid Id, string Name)> Steps, IReadOnlyList<string> CustomApis)
{
    /// <summary>Why the zip could not be read here (the import then reports it); null when it was read.</summary>
    public string? Unreadable { get; init; }

    /// <exception cref="InvalidDataException">A file that is not the XML it should be; names the file.</exception>
    public static PackageContents Read(string folder)
    {
        var manifest = Load(Path.Combine(folder, "Other", "Solution.xml")).Root?.Element("SolutionManifest")
            ?? throw new InvalidDataException("Other/Solution.xml has no SolutionManifest.");
        var steps = new List<(Guid, string)>();
        var stepFolder = Path.Combine(folder, "SdkMessageProcessingSteps");
        if (Directory.Exists(stepFolder))
        {
            foreach (var file in Directory.EnumerateFiles(stepFolder, "*.xml").Order(StringComparer.Ordinal))
            {
                var step = Load(file).Root!;
                var id = (string?)step.Attribute("SdkMessageProcessingStepId") ?? Path.GetFileNameWithoutExtension(file);
                steps.Add((Guid.TryParse(id, out var guid) ? guid : throw new InvalidDataException($"{Path.GetRelativePath(folder, file)}: '{id}' is not a step id."), (string?)step.Attribute("Name") ?? id));
            }
        }

        var apis = new List<string>();
        var apiFolder = Path.Combine(folder, "customapis");
        if (Directory.Exists(apiFolder))
        {
            foreach (var file in Directory.EnumerateFiles(apiFolder, "customapi.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var root = Load(file).Root!;
                apis.Add((string?)root.Element("uniquename") ?? (string?)root.Attribute("uniquename") ?? throw new InvalidDataException($"{Path.GetRelativePath(folder, file)}: no uniquename."));
            }
        }

        return new PackageContents(
            (string?)manifest.Element("UniqueName") ?? throw new InvalidDataException("Other/Solution.xml has no UniqueName."),
            (string?)manifest.Element("Version") ?? string.Empty,
            steps,
            apis);
    }

    private static XDocument Load(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        catch (FileNotFoundException)
        {
            throw new InvalidDataException($"The solution has no {Path.GetFileName(path)} ({path}).");
        }
    }
}
