using DataverseSharing.Integration.Engine;
using DataverseSharing.LocalDataverse.Pipeline;

namespace DataverseSharing.Testing.Engine;

/// <summary>
/// The steps test plug-ins declare with [PluginStep], as LocalDataverse's step model. The package's own plug-ins are
/// loaded from Solution/src's generated step files instead (SuggestionOrg, GuardedOrg), as the console loads them.
/// </summary>
public static class DeclaredSteps
{
    /// <summary>For LocalOrganizationOptions.DiscoverSteps: the steps of an assembly's public plug-in classes.</summary>
    public static StepDiscovery Discovery { get; } = PluginStepAttributeDiscovery.Discover;

    /// <summary>The steps declared on the given plug-in classes.</summary>
    public static IReadOnlyList<StepDefinition> Of(params Type[] pluginTypes) => PluginStepAttributeDiscovery.Discover(pluginTypes);
}
