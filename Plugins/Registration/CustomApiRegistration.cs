using System;
using System.Collections.Generic;

namespace DataverseSharing.Plugins.Registration;

/// <summary>A validated custom API declaration: the API, its plug-in type, its parameters and properties.</summary>
public sealed class CustomApiRegistration
{
    /// <summary>Creates the registration.</summary>
    public CustomApiRegistration(Type pluginType, CustomApiAttribute api, IReadOnlyList<CustomApiRequestParameterAttribute> parameters, IReadOnlyList<CustomApiResponsePropertyAttribute> properties)
    {
        PluginType = pluginType ?? throw new ArgumentNullException(nameof(pluginType));
        Api = api ?? throw new ArgumentNullException(nameof(api));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Properties = properties ?? throw new ArgumentNullException(nameof(properties));
    }

    /// <summary>The plug-in that is the API's main operation.</summary>
    public Type PluginType { get; }

    /// <summary>The API itself.</summary>
    public CustomApiAttribute Api { get; }

    /// <summary>Its request parameters, in declaration order.</summary>
    public IReadOnlyList<CustomApiRequestParameterAttribute> Parameters { get; }

    /// <summary>Its response properties.</summary>
    public IReadOnlyList<CustomApiResponsePropertyAttribute> Properties { get; }
}
