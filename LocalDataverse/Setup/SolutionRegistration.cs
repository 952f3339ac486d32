using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Pipeline.Solution;

namespace DataverseSharing.LocalDataverse.Setup;

/// <summary>
/// What an unpacked solution folder says about its own registration rows: the solution and publisher
/// (Other/Solution.xml), the ids its PluginAssemblies/*/*.dll.data.xml files give assemblies and types, so the
/// rows carry the ids the solution was exported with, as an import keeps them, and its plug-in packages
/// (pluginpackages/), whose assemblies and plug-in types an import registers whether or not a step uses them.
/// </summary>
internal sealed record SolutionRegistration(
    string UniqueName,
    string FriendlyName,
    string Version,
    bool Managed,
    PublisherRegistration Publisher,
    IReadOnlyDictionary<string, AssemblyRegistration> AssembliesByName,
    IReadOnlyDictionary<string, Guid> TypeIdsByName)
{
    /// <summary>The folder's plug-in packages (pluginpackages/), loaded.</summary>
    public IReadOnlyList<PluginPackageData> Packages { get; init; } = [];

    private const string ManifestPath = "Other/Solution.xml";

    /// <summary>Null when the folder has no Other/Solution.xml (a folder of tables only still loads).</summary>
    /// <exception cref="Metadata.MetadataException">Malformed XML, or a manifest without a unique name or version; names the file and line.</exception>
    public static SolutionRegistration? Read(IReadOnlyList<SolutionFile> files)
    {
        var manifestFile = files.FirstOrDefault(f => string.Equals(f.RelativePath, ManifestPath, StringComparison.OrdinalIgnoreCase));
        if (manifestFile is null)
        {
            return null;
        }

        var manifest = SolutionXmlNode.Root(manifestFile, "ImportExportXml").RequiredChild("SolutionManifest");
        var publisher = manifest.RequiredChild("Publisher");
        var publisherName = publisher.RequiredValue("UniqueName");
        var uniqueName = manifest.RequiredValue("UniqueName");
        var assemblies = new Dictionary<string, AssemblyRegistration>(StringComparer.OrdinalIgnoreCase);
        var types = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var assembly in PluginAssemblyData.ReadAll(files))
        {
            if (assembly.Id is { } assemblyId)
            {
                assemblies[assembly.SimpleName] = new AssemblyRegistration(assemblyId, assembly.IsolationMode ?? AssemblyRegistration.Sandbox);
            }

            foreach (var type in assembly.Types)
            {
                if (type.Id is { } typeId)
                {
                    types[TypeKey(type.AssemblyQualifiedName)] = typeId;
                }
            }
        }

        return new SolutionRegistration(
            uniqueName,
            LocalizedName(manifest) ?? uniqueName,
            manifest.RequiredValue("Version"),
            manifest.Flag("Managed", absent: false),
            new PublisherRegistration(publisherName, LocalizedName(publisher) ?? publisherName, publisher.Value("CustomizationPrefix"), publisher.IntValue("CustomizationOptionValuePrefix")),
            assemblies,
            types)
        {
            Packages = PluginPackageData.ReadAll(files),
        };
    }

    /// <summary>"Namespace.Type, Assembly" from an assembly-qualified name, the key a loaded type is looked up by.</summary>
    public static string TypeKey(string assemblyQualifiedName)
    {
        var parts = assemblyQualifiedName.Split(',', 3, StringSplitOptions.TrimEntries);
        return parts.Length < 2 ? parts[0] : $"{parts[0]}, {parts[1]}";
    }

    public static string TypeKey(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    // The English name when there is one, as the maker portal shows it; else the first.
    private static string? LocalizedName(SolutionXmlNode node)
    {
        var names = node.Child("LocalizedNames")?.Children("LocalizedName").ToList() ?? [];
        var english = names.FindIndex(n => n.Attribute("languagecode") == "1033");
        return names.Count == 0 ? null : names[Math.Max(english, 0)].Attribute("description");
    }
}

/// <summary>A solution's publisher as Other/Solution.xml names it.</summary>
internal sealed record PublisherRegistration(string UniqueName, string FriendlyName, string? CustomizationPrefix, int? CustomizationOptionValuePrefix);

/// <summary>A plug-in assembly's id and isolation mode (1 none, 2 sandbox) from its .dll.data.xml.</summary>
internal sealed record AssemblyRegistration(Guid Id, int IsolationMode)
{
    public const int Sandbox = 2;
}
