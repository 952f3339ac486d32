using DataverseSharing.Integration.Engine;
using DataverseSharing.LocalDataverse.Pipeline;

namespace DataverseSharing.Testing.Engine;

/// <summary>The steps test plug-ins declare with [PluginStep], as LocalDataverse's step model, mapped as the console maps them.</summary>
public static class DeclaredSteps
{
    /// <summary>For LocalOrganizationOptions.DiscoverSteps: the steps of an assembly's public plug-in classes.</summary>
    public static StepDiscovery Discovery { get; } = PluginStepAttributeDiscovery.Discover;

    /// <summary>The steps declared on the given plug-in classes.</summary>
    public static IReadOnlyList<StepDefinition> Of(params Type[] pluginTypes) => PluginStepAttributeDiscovery.Discover(pluginTypes);

    /// <summary>For LocalOrganizationOptions.CustomApis: the custom APIs an assembly's public plug-in classes declare.</summary>
    public static IReadOnlyList<LocalDataverse.Service.Messages.CustomApiDefinition> CustomApisOf(System.Reflection.Assembly assembly) =>
        CustomApiAttributeDiscovery.Discover(assembly);
}
