using System.Xml.Linq;

namespace DataverseSharing.Packer;

/// <summary>The sections of customizations.xml, in the order a Dataverse export writes them.</summary>
internal static class Sections
{
    internal const string Entities = "Entities";
    internal const string Roles = "Roles";
    internal const string Workflows = "Workflows";
    internal const string EntityRelationships = "EntityRelationships";
    internal const string OptionSets = "optionsets";
    internal const string WebResources = "WebResources";
    internal const string AppModuleSiteMaps = "AppModuleSiteMaps";
    internal const string AppModules = "AppModules";
    internal const string PluginAssemblies = "SolutionPluginAssemblies";
    internal const string Steps = "SdkMessageProcessingSteps";

    // Export order; a section the folder's Customizations.xml lacks is created at its place in this order.
    private static readonly string[] Order =
    [
        Entities, Roles, Workflows, "FieldSecurityProfiles", "Templates", "EntityMaps", EntityRelationships,
        "OrganizationSettings", OptionSets, "Dashboards", WebResources, "CustomControls", AppModuleSiteMaps, AppModules,
        PluginAssemblies, Steps, "EntityDataProviders", "Languages",
    ];

    /// <summary>
    /// Sections pac's Customizations.xml always holds; any other section the pack had to create is removed again by
    /// the unpack once its components moved out to their files, so the folder comes back as it was.
    /// </summary>
    internal static readonly HashSet<string> AlwaysPresent = new(StringComparer.Ordinal)
    {
        Entities, Roles, Workflows, "FieldSecurityProfiles", "Templates", "EntityMaps", EntityRelationships,
        "OrganizationSettings", OptionSets, "CustomControls", PluginAssemblies, Steps, "EntityDataProviders", "Languages",
    };

    /// <summary>The section <paramref name="name"/> of <paramref name="root"/>, created at its export position when missing.</summary>
    internal static XElement GetOrAdd(XElement root, string name)
    {
        if (root.Element(name) is { } existing)
        {
            return existing;
        }

        var section = new XElement(name);
        var rank = Array.IndexOf(Order, name);
        var after = root.Elements().LastOrDefault(e => Array.IndexOf(Order, e.Name.LocalName) is var r && r >= 0 && r < rank);
        if (after is not null)
        {
            after.AddAfterSelf(section);
        }
        else
        {
            root.AddFirst(section);
        }

        return section;
    }
}
