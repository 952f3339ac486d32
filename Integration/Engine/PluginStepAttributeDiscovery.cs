using System.Reflection;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.Plugins.Registration;

namespace DataverseSharing.Integration.Engine;

/// <summary>
/// Maps [PluginStep]/[PluginStepImage] declarations onto LocalDataverse's step model, for tests whose plug-ins have no
/// solution folder (LocalOrganizationOptions.DiscoverSteps). The package's own steps do not come through here: the
/// console and its fixtures load them from Solution/src's generated step files (Integration/Engine/RegistrationFiles).
/// The attribute reader validates the declarations as Dataverse would; the engine then checks the mapped steps again.
/// </summary>
internal static class PluginStepAttributeDiscovery
{
    /// <summary>The steps declared by the public plug-in classes of <paramref name="assembly"/>.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse.</exception>
    public static IEnumerable<StepDefinition> Discover(Assembly assembly) =>
        StepRegistrationReader.Read(assembly).Select(ToDefinition);

    /// <summary>The steps declared on the given plug-in classes.</summary>
    public static IReadOnlyList<StepDefinition> Discover(IEnumerable<Type> pluginTypes) =>
        StepRegistrationReader.Read(pluginTypes).Select(ToDefinition).ToList();

    private static StepDefinition ToDefinition(StepRegistration step) => new()
    {
        Id = step.Id,
        PluginType = step.PluginType,
        Name = step.Name,
        Message = step.Message,
        Table = step.PrimaryEntity,
        Stage = (StepStage)(int)step.Stage,
        Mode = (StepExecutionMode)(int)step.Mode,
        Rank = step.Rank,
        FilteringAttributes = step.FilteringAttributes,
        AsyncAutoDelete = step.AsyncAutoDelete,
        Images = step.Images.Select(ToDefinition).ToList(),
    };

    private static StepImageDefinition ToDefinition(StepImageRegistration image) => new()
    {
        Id = image.Id,
        Alias = image.Alias,
        Kind = (StepImageKind)(int)image.ImageType,
        Attributes = image.Attributes,
        MessagePropertyName = image.MessagePropertyName,
    };
}
