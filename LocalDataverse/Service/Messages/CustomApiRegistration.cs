namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Adds custom APIs to a handler registry, the way a solution import adds customapi rows.</summary>
internal static class CustomApiRegistration
{
    /// <summary>Requests named <paramref name="api"/>'s unique name then validate their parameters and run its plug-in.</summary>
    public static MessageHandlerRegistry RegisterCustomApi(this MessageHandlerRegistry registry, CustomApiDefinition api)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(api);
        if (api.PluginType is { } type && !typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(type))
        {
            throw new ArgumentException($"The plug-in type {type.FullName} of custom API '{api.UniqueName}' does not implement IPlugin.", nameof(api));
        }

        return registry.Register(new CustomApiHandler(api));
    }
}
