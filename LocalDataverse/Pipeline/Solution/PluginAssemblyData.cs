using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Pipeline.Solution;

/// <summary>
/// One PluginAssemblies/*/*.dll.data.xml of an unpacked solution: the assembly's name, the id and isolation mode it
/// was exported with, and the plug-in types it lists. The one reader of these files: the type resolver finds step
/// and custom API types through it, and the registration rows keep its ids.
/// </summary>
internal sealed record PluginAssemblyData(string SimpleName, Guid? Id, int? IsolationMode, IReadOnlyList<PluginTypeData> Types)
{
    private static bool IsAssemblyData(SolutionFile file) =>
        file.RelativePath.StartsWith("PluginAssemblies/", StringComparison.OrdinalIgnoreCase)
        && file.RelativePath.EndsWith(".dll.data.xml", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="Metadata.MetadataException">Malformed XML, a missing FullName or AssemblyQualifiedName, or an id that is not a GUID; names the file and line.</exception>
    public static IReadOnlyList<PluginAssemblyData> ReadAll(IReadOnlyList<SolutionFile> files) =>
        files.Where(IsAssemblyData).Select(Read).ToList();

    private static PluginAssemblyData Read(SolutionFile file)
    {
        var root = SolutionXmlNode.Root(file, "PluginAssembly");
        var fullName = root.RequiredAttribute("FullName");
        var types = (root.Child("PluginTypes")?.Children("PluginType") ?? [])
            .Select(type => new PluginTypeData(
                type.RequiredAttribute("AssemblyQualifiedName"),
                type.Attribute("PluginTypeId") is { } typeId ? PluginTypeResolver.ParseId(type, typeId, "PluginTypeId") : null))
            .ToList();
        return new PluginAssemblyData(
            PluginTypeResolver.SimpleName(fullName) ?? fullName,
            root.Attribute("PluginAssemblyId") is { } id ? PluginTypeResolver.ParseId(root, id, "PluginAssemblyId") : null,
            root.IntValue("IsolationMode"),
            types);
    }
}

/// <summary>A plug-in type a .dll.data.xml lists: its assembly-qualified name and, when exported with one, its id.</summary>
internal sealed record PluginTypeData(string AssemblyQualifiedName, Guid? Id);
