using System.Reflection;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Pipeline.Solution;

/// <summary>
/// Finds the plug-in classes a solution's steps name in the assemblies the organization was given, as an import
/// finds them in the registered plug-in assemblies, and in the folder's own plug-in packages (pluginpackages/, see
/// <see cref="PluginPackageData"/>). A step names its type by assembly-qualified name, or by the id of a plugintype
/// that a PluginAssemblies/*/*.dll.data.xml file lists. No data file lists a package's types, so a custom API names one
/// of them by the id its plugintype row gets (see <see cref="Setup.RegistrationRows"/>), as &lt;plugintypeexportkey&gt;.
/// </summary>
internal sealed class PluginTypeResolver
{
    private readonly IReadOnlyList<Assembly> assemblies;
    private readonly Dictionary<Guid, string> namesById = new();

    public PluginTypeResolver(IReadOnlyList<SolutionFile> files, IReadOnlyList<Assembly> assemblies)
    {
        // The given assemblies first: a test passes the build it compiles against (debugged, covered, its statics
        // visible to the test), which wins over the copy the folder's package holds of the same assembly. The
        // package still registers its rows, and supplies every type no given assembly has.
        var packages = PluginPackageData.ReadAll(files);
        this.assemblies = [.. assemblies, .. PluginPackageData.AssembliesOf(packages)];
        foreach (var type in packages.SelectMany(p => p.Assemblies).SelectMany(a => a.PluginTypes))
        {
            namesById[Setup.StableIds.Of("plugintype", Setup.SolutionRegistration.TypeKey(type))] = type.AssemblyQualifiedName!;
        }

        foreach (var type in PluginAssemblyData.ReadAll(files).SelectMany(a => a.Types))
        {
            if (type.Id is { } id)
            {
                namesById[id] = type.AssemblyQualifiedName;
            }
        }
    }

    /// <summary>The class a step names, from its PluginTypeName or else its PluginTypeId.</summary>
    /// <exception cref="MetadataException">The step names no type, or one in none of the given assemblies.</exception>
    public Type Resolve(SolutionXmlNode step, string describe)
    {
        var name = step.Value("PluginTypeName");
        if (name is null && step.Value("PluginTypeId") is { } idText)
        {
            var id = ParseId(step, idText, "PluginTypeId");
            name = namesById.GetValueOrDefault(id)
                ?? throw step.Error($"{describe}: <PluginTypeId> {id:D} is not listed by any PluginAssemblies/*/*.dll.data.xml"
                    + " (a plug-in package's types have no ids in the files; give the step's <PluginTypeName>, as pac exports it).");
        }

        if (name is null)
        {
            throw step.Error($"{describe}: <SdkMessageProcessingStep> has neither <PluginTypeName> nor <PluginTypeId>.");
        }

        return Find(step, name, describe);
    }

    /// <summary>The class of the plugintype with this id (a custom API's), as a PluginAssemblies/*/*.dll.data.xml lists it.</summary>
    /// <exception cref="MetadataException">No data file lists the id, or its type is in none of the given assemblies.</exception>
    public Type ResolveId(SolutionXmlNode at, Guid id, string describe) =>
        Find(at, namesById.GetValueOrDefault(id) ?? throw at.Error($"{describe}: the plug-in type {id:D} is not listed by any PluginAssemblies/*/*.dll.data.xml."), describe);

    private Type Find(SolutionXmlNode at, string name, string describe)
    {
        var step = at;
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var typeName = (comma < 0 ? name : name[..comma]).Trim();
        var assemblyName = comma < 0 ? null : SimpleName(name[(comma + 1)..]);
        var type = assemblies
            .Where(a => assemblyName is null || string.Equals(a.GetName().Name, assemblyName, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.GetType(typeName, throwOnError: false))
            .FirstOrDefault(t => t is not null);
        return type ?? throw step.Error(
            $"{describe}: the plug-in type '{typeName}'{(assemblyName is null ? string.Empty : $" of assembly '{assemblyName}'")} is in none of the given plug-in assemblies or the folder's plug-in packages"
            + $" ({(assemblies.Count == 0 ? "no LocalOrganizationOptions.PluginAssemblies and no pluginpackages/" : string.Join(", ", assemblies.Select(a => a.GetName().Name)))}).");
    }

    // A malformed display name still yields its first part, so the error names what the file wrote.
    internal static string? SimpleName(string assemblyPart)
    {
        try
        {
            return new AssemblyName(assemblyPart.Trim()).Name;
        }
        catch (Exception e) when (e is FileLoadException or ArgumentException)
        {
            return assemblyPart.Split(',')[0].Trim();
        }
    }

    internal static Guid ParseId(SolutionXmlNode node, string text, string what) =>
        Guid.TryParse(text, out var id) && id != Guid.Empty ? id : throw node.Error($"{what} '{text}' is not a GUID.");
}
