namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Adds custom APIs to a handler registry, the way a solution import adds customapi rows.</summary>
internal static class CustomApiRegistration
{
    /// <summary>Requests named <paramref name="api"/>'s unique name then validate their parameters and run its plug-in.</summary>
    public static MessageHandlerRegistry RegisterCustomApi(this MessageHandlerRegistry registry, CustomApiDefinition api)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(api);
        if (api.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(api));
        }

        return registry.Register(new CustomApiHandler(api));
    }
}
