using System.Reflection;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.Plugins.Registration;

namespace DataverseSharing.Integration.Engine;

/// <summary>
/// Maps this package's [CustomApi] declarations onto LocalDataverse's custom API model
/// (LocalOrganizationOptions.CustomApis), as <see cref="PluginStepAttributeDiscovery"/> maps the step declarations.
/// The console and the test fixtures (which compile this same file) register the package's APIs through it.
/// </summary>
internal static class CustomApiAttributeDiscovery
{
    /// <summary>The custom APIs declared by the public plug-in classes of <paramref name="assembly"/>.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse.</exception>
    public static IReadOnlyList<CustomApiDefinition> Discover(Assembly assembly) =>
        CustomApiRegistrationReader.Read(assembly).Select(ToDefinition).ToList();

    /// <summary>The custom APIs declared on the given classes.</summary>
    public static IReadOnlyList<CustomApiDefinition> Discover(IEnumerable<Type> types) =>
        CustomApiRegistrationReader.Read(types).Select(ToDefinition).ToList();

    private static CustomApiDefinition ToDefinition(CustomApiRegistration api) => new(api.Api.UniqueName)
    {
        BindingType = (CustomApiBindingType)(int)api.Api.Binding,
        BoundEntityLogicalName = api.Api.BoundEntity,
        IsFunction = api.Api.IsFunction,
        ExecutePrivilegeName = api.Api.ExecutePrivilegeName,
        DisplayName = api.Api.DisplayName,
        Description = api.Api.Description,
        PluginType = api.PluginType,
        RequestParameters = api.Parameters.Select(p => new CustomApiParameter(p.UniqueName, (CustomApiFieldType)(int)p.Type, p.IsOptional)).ToList(),
        ResponseProperties = api.Properties.Select(p => new CustomApiResponseProperty(p.UniqueName, (CustomApiFieldType)(int)p.Type)).ToList(),
    };
}
