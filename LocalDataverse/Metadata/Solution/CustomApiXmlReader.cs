using System.Reflection;
using DataverseSharing.LocalDataverse.Pipeline.Solution;
using DataverseSharing.LocalDataverse.Service.Messages;

namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Reads the custom APIs of an unpacked solution: customapis/&lt;uniquename&gt;/customapi.xml with its
/// customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml and
/// customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml. The plug-in type an API names by id
/// (&lt;plugintypeid&gt;&lt;plugintypeid&gt; or &lt;plugintypeexportkey&gt;) is found the way steps find theirs.
/// </summary>
internal static class CustomApiXmlReader
{
    private const string Folder = "customapis/";
    private const string ApiFile = "customapi.xml";
    private const string ParametersFolder = "customapirequestparameters";
    private const string PropertiesFolder = "customapiresponseproperties";

    /// <exception cref="MetadataException">Malformed XML, a missing element, an unknown type, a plug-in type in none of the assemblies.</exception>
    public static IReadOnlyList<CustomApiDefinition> Read(IReadOnlyList<SolutionFile> files, IReadOnlyList<Assembly> assemblies)
    {
        var inFolder = files.Where(f => f.RelativePath.StartsWith(Folder, StringComparison.OrdinalIgnoreCase)).ToList();
        if (inFolder.Count == 0)
        {
            return [];
        }

        var types = new PluginTypeResolver(files, assemblies);
        var apis = new List<CustomApiDefinition>();
        foreach (var group in inFolder.GroupBy(f => f.RelativePath.Split('/')[1], StringComparer.OrdinalIgnoreCase))
        {
            var apiFile = group.FirstOrDefault(f => f.RelativePath.Split('/') is [_, _, var name] && name.Equals(ApiFile, StringComparison.OrdinalIgnoreCase))
                ?? throw new MetadataException($"{Folder}{group.Key}/ has no {ApiFile}.", new SourceLocation(group.First().RelativePath, 0));
            apis.Add(ReadApi(apiFile, group.Key, group.ToList(), types));
        }

        var twice = apis.GroupBy(a => a.UniqueName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? apis : throw new MetadataException($"The custom API '{twice.Key}' is defined twice.");
    }

    private static CustomApiDefinition ReadApi(SolutionFile file, string folderName, List<SolutionFile> files, PluginTypeResolver types)
    {
        var root = SolutionXmlNode.Root(file, "customapi");
        var uniqueName = root.RequiredAttribute("uniquename");
        if (!string.Equals(uniqueName, folderName, StringComparison.OrdinalIgnoreCase))
        {
            throw root.Error($"The custom API '{uniqueName}' must be in {Folder}{uniqueName}/, not {Folder}{folderName}/.");
        }

        var describe = $"custom API '{uniqueName}'";
        var api = new CustomApiDefinition(uniqueName)
        {
            BindingType = (CustomApiBindingType)(root.IntValue("bindingtype") ?? 0),
            AllowedCustomProcessingStepType = (CustomApiProcessingStepType)(root.IntValue("allowedcustomprocessingsteptype") ?? 0),
            BoundEntityLogicalName = root.Value("boundentitylogicalname")?.ToLowerInvariant(),
            IsFunction = root.Flag("isfunction", absent: false),
            ExecutePrivilegeName = root.Value("executeprivilegename"),
            DisplayName = root.Label("displayname"),
            Description = root.Label("description"),
            PluginType = PluginType(root, types, describe),
            RequestParameters = Parts(files, ParametersFolder, "customapirequestparameter", describe).Select(ReadParameter).ToList(),
            ResponseProperties = Parts(files, PropertiesFolder, "customapiresponseproperty", describe).Select(ReadProperty).ToList(),
        };
        return api.Problem() is { } problem ? throw root.Error(problem) : api;
    }

    // <plugintypeid /> is an API without a plug-in (a business event, or one a flow implements).
    private static Type? PluginType(SolutionXmlNode root, PluginTypeResolver types, string describe)
    {
        if (root.Child("plugintypeid") is not { } reference)
        {
            return null;
        }

        var id = reference.Child("plugintypeid") ?? reference.Child("plugintypeexportkey");
        if (id is not { } key || key.Element.Value.Trim().Length == 0)
        {
            return reference.Element.Value.Trim().Length == 0
                ? null
                : throw reference.Error($"{describe}: <plugintypeid> holds neither a <plugintypeid> nor a <plugintypeexportkey>.");
        }

        return types.ResolveId(key, PluginTypeResolver.ParseId(key, key.Element.Value.Trim(), $"<{key.Element.Name.LocalName}>"), describe);
    }

    private static IEnumerable<SolutionXmlNode> Parts(List<SolutionFile> files, string folder, string element, string describe)
    {
        foreach (var file in files.Where(f => f.RelativePath.Split('/') is [_, _, var sub, _, _] && sub.Equals(folder, StringComparison.OrdinalIgnoreCase)))
        {
            if (!file.RelativePath.EndsWith("/" + element + ".xml", StringComparison.OrdinalIgnoreCase))
            {
                throw new MetadataException($"{describe}: {file.RelativePath} is not a {element}.xml.", new SourceLocation(file.RelativePath, 0));
            }

            yield return SolutionXmlNode.Root(file, element);
        }
    }

    private static CustomApiParameter ReadParameter(SolutionXmlNode node) =>
        new(node.RequiredAttribute("uniquename"), FieldType(node), node.Flag("isoptional", absent: false))
        {
            LogicalEntityName = node.Value("logicalentityname")?.ToLowerInvariant(),
            DisplayName = node.Label("displayname"),
        };

    private static CustomApiResponseProperty ReadProperty(SolutionXmlNode node)
    {
        // The platform refuses the whole import over this element, so the engine does too.
        if (node.Child("isoptional") is { } optional)
        {
            throw optional.Error($"The response property '{node.RequiredAttribute("uniquename")}' has <isoptional>, which only request parameters have.");
        }

        return new(node.RequiredAttribute("uniquename"), FieldType(node))
        {
            LogicalEntityName = node.Value("logicalentityname")?.ToLowerInvariant(),
            DisplayName = node.Label("displayname"),
        };
    }

    private static CustomApiFieldType FieldType(SolutionXmlNode node)
    {
        var type = node.IntValue("type") ?? throw node.Error($"'{node.RequiredAttribute("uniquename")}' has no value in <type>.");
        return Enum.IsDefined((CustomApiFieldType)type)
            ? (CustomApiFieldType)type
            : throw node.RequiredChild("type").Error($"'{node.RequiredAttribute("uniquename")}' has the unknown type {type}; expected 0 (Boolean) to 12 (Guid).");
    }
}
