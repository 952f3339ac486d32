using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.CompilerServices;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline.Solution;

/// <summary>
/// One plug-in package of an unpacked solution (dependent assemblies): pluginpackages/&lt;name&gt;/pluginpackage.xml
/// (uniquename, name, version, and the package file's name in &lt;package&gt;) with package/&lt;name&gt;.nupkg beside
/// it. As an import does, the nupkg's lib/net462 assemblies are loaded together (see
/// <see cref="PluginPackageLoadContext"/>) and every public concrete IPlugin in them becomes a registered plug-in
/// type. The one reader of these folders: the type resolver and the registration rows both take it.
/// </summary>
internal sealed record PluginPackageData(string UniqueName, string Name, string Version, IReadOnlyList<PackageAssembly> Assemblies)
{
    private const string Folder = "pluginpackages/";
    private const string ManifestFile = "pluginpackage.xml";
    private const string LibFolder = "lib/net462/";

    // Dataverse's limits on a plug-in package (Microsoft Learn, "Dependent assembly plug-ins").
    private const int MaxBytes = 16 * 1024 * 1024;
    private const int MaxAssemblies = 50;

    // Assemblies signed with these keys are the .NET Framework's: the sandbox has them, the engine's runtime has
    // what it has, so a reference to one is not the package's to satisfy.
    private static readonly HashSet<string> FrameworkKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "b77a5c561934e089", "b03f5f7f11d50a3a", "31bf3856ad364e35", "cc7b13ffcd2ddd51", "7cec85d7bea7798e", "adb9793829ddae60",
    };

    /// <summary>Every assembly of every package, for the type resolver.</summary>
    public static IEnumerable<Assembly> AssembliesOf(IReadOnlyList<PluginPackageData> packages) =>
        packages.SelectMany(p => p.Assemblies).Select(a => a.Assembly);

    /// <exception cref="MetadataException">
    /// Malformed XML, a package folder without its nupkg, a nupkg that is not a zip or has no lib/net462, an entry
    /// that is not an assembly, or an assembly needing one the package lacks; names the file.
    /// </exception>
    public static IReadOnlyList<PluginPackageData> ReadAll(IReadOnlyList<SolutionFile> files) =>
        ReadByFolder.GetValue(files, ReadFolder);

    // One open hands the same folder listing to the step reader, the custom API reader and the registration rows;
    // keyed by that listing, each package is read, hashed and unzipped once per open, not once per reader. A new
    // open lists the folder again, so a changed package is always read anew.
    private static readonly ConditionalWeakTable<IReadOnlyList<SolutionFile>, IReadOnlyList<PluginPackageData>> ReadByFolder = new();

    private static IReadOnlyList<PluginPackageData> ReadFolder(IReadOnlyList<SolutionFile> files)
    {
        var packages = new List<PluginPackageData>();
        var inFolder = files.Where(f => f.RelativePath.StartsWith(Folder, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var group in inFolder.GroupBy(f => f.RelativePath.Split('/')[1], StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var manifest = group.FirstOrDefault(f => f.RelativePath.Split('/') is [_, _, var last] && last.Equals(ManifestFile, StringComparison.OrdinalIgnoreCase))
                ?? throw new MetadataException($"{Folder}{group.Key}/ has no {ManifestFile}.", new SourceLocation(group.First().RelativePath, 0));
            packages.Add(Read(manifest, group.Key, group.ToList()));
        }

        return packages;
    }

    private static PluginPackageData Read(SolutionFile manifestFile, string folderName, List<SolutionFile> files)
    {
        var root = SolutionXmlNode.Root(manifestFile, "pluginpackage");
        var uniqueName = root.Attribute("uniquename") ?? root.RequiredValue("name");
        var name = root.Value("name") ?? uniqueName;
        var packageFile = root.Value("package") ?? $"{folderName}.nupkg";
        var path = $"{Folder}{folderName}/package/{packageFile}";
        var nupkg = files.FirstOrDefault(f => f.RelativePath.Equals(path, StringComparison.OrdinalIgnoreCase))
            ?? throw root.Error($"The plug-in package '{uniqueName}' has no package file: {path} is missing.");
        var bytes = ReadAllBytes(nupkg);
        if (bytes.Length > MaxBytes)
        {
            throw new MetadataException($"The plug-in package is {bytes.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; Dataverse takes packages of at most 16 MB.", new SourceLocation(nupkg.RelativePath, 0));
        }

        var context = PluginPackageLoadContext.For(uniqueName, bytes, Images(bytes, nupkg.RelativePath));
        var assemblies = context.PackageAssemblies.Select(a => new PackageAssembly(a, PluginTypes(a, nupkg.RelativePath))).ToList();
        CheckDependencies(assemblies, nupkg.RelativePath);
        return new PluginPackageData(uniqueName, name, root.RequiredValue("version"), assemblies);
    }

    private static byte[] ReadAllBytes(SolutionFile file)
    {
        using var stream = file.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // lib/net462/*.dll, as the sandbox loads them; the SDK's own assemblies come from the sandbox, never the package.
    private static Dictionary<string, byte[]> Images(byte[] package, string path)
    {
        var images = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(LibFolder, StringComparison.OrdinalIgnoreCase)
                && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !e.FullName[LibFolder.Length..].Contains('/', StringComparison.Ordinal)))
            {
                var simple = Path.GetFileNameWithoutExtension(entry.Name);
                if (!PluginPackageLoadContext.SandboxAssemblies.Contains(simple))
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    images[simple] = copy.ToArray();
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new MetadataException($"The plug-in package is not a NuGet package (a zip): {e.Message}", new SourceLocation(path, 0), e);
        }

        if (images.Count > MaxAssemblies)
        {
            throw new MetadataException($"The plug-in package has {images.Count} assemblies in {LibFolder}; Dataverse takes at most {MaxAssemblies}.", new SourceLocation(path, 0));
        }

        return images.Count > 0
            ? images
            : throw new MetadataException($"The plug-in package has no assembly in {LibFolder}; Dataverse loads a package's plug-ins from there.", new SourceLocation(path, 0));
    }

    private static IReadOnlyList<Type> PluginTypes(Assembly assembly, string path)
    {
        try
        {
            return [.. assembly.GetTypes().Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && typeof(IPlugin).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal)];
        }
        catch (ReflectionTypeLoadException e)
        {
            var first = e.LoaderExceptions.FirstOrDefault(x => x is not null)?.Message ?? e.Message;
            throw new MetadataException($"{LibFolder}{assembly.GetName().Name}.dll cannot be loaded: {first}", new SourceLocation(path, 0), e);
        }
    }

    // A package must carry what its assemblies need besides the SDK and the .NET Framework: Dataverse runs nothing
    // else beside it. Checked at open, so a missing dependency is an error naming it rather than a fault mid-request.
    private static void CheckDependencies(IReadOnlyList<PackageAssembly> assemblies, string path)
    {
        var inPackage = assemblies.Select(a => a.Assembly.GetName().Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies.Select(a => a.Assembly))
        {
            var missing = assembly.GetReferencedAssemblies().FirstOrDefault(r =>
                !inPackage.Contains(r.Name ?? string.Empty)
                && !PluginPackageLoadContext.SandboxAssemblies.Contains(r.Name ?? string.Empty)
                && !FrameworkKeys.Contains(Convert.ToHexString(r.GetPublicKeyToken() ?? [])));
            if (missing is not null)
            {
                throw new MetadataException(
                    $"{LibFolder}{assembly.GetName().Name}.dll needs {missing.FullName}, which is not in the package's {LibFolder}; a plug-in package must carry its dependent assemblies.",
                    new SourceLocation(path, 0));
            }
        }
    }
}

/// <summary>An assembly of a plug-in package and the plug-in types Dataverse registers from it (none for a dependency).</summary>
internal sealed record PackageAssembly(Assembly Assembly, IReadOnlyList<Type> PluginTypes);
