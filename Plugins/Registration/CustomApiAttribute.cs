using System;

namespace DataverseSharing.Plugins.Registration;

/// <summary>
/// Declares the custom API (customapi) whose main operation is the plug-in class it decorates. Like
/// <see cref="PluginStepAttribute"/>, the declaration is the single source of the registration: the composition
/// roots map it onto LocalDataverse, and the solution's customapis/ files are derived from it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomApiAttribute : Attribute
{
    /// <param name="uniqueName">The message name, with the publisher prefix (for example "dvs_SuggestPractices").</param>
    public CustomApiAttribute(string uniqueName) => UniqueName = uniqueName;

    /// <summary>The message name.</summary>
    public string UniqueName { get; }

    /// <summary>Global, or bound to a table or a collection of one.</summary>
    public CustomApiBinding Binding { get; set; } = CustomApiBinding.Global;

    /// <summary>The bound table's logical name; only for a bound API.</summary>
    public string? BoundEntity { get; set; }

    /// <summary>A function (Web API GET) or an action (POST).</summary>
    public bool IsFunction { get; set; }

    /// <summary>Whether other plug-ins may be registered on the API's message: none, asynchronous only, or any.</summary>
    public CustomApiStepTypes AllowedStepTypes { get; set; } = CustomApiStepTypes.None;

    /// <summary>The privilege a caller needs; null when any caller may call it.</summary>
    public string? ExecutePrivilegeName { get; set; }

    /// <summary>The name shown to makers.</summary>
    public string? DisplayName { get; set; }

    /// <summary>What the API does.</summary>
    public string? Description { get; set; }
}

/// <summary>Declares one request parameter (customapirequestparameter) of the class's custom API.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiRequestParameterAttribute : Attribute
{
    /// <param name="uniqueName">The parameter's name in the request.</param>
    /// <param name="type">Its type.</param>
    public CustomApiRequestParameterAttribute(string uniqueName, CustomApiFieldKind type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    /// <summary>The parameter's name.</summary>
    public string UniqueName { get; }

    /// <summary>Its type.</summary>
    public CustomApiFieldKind Type { get; }

    /// <summary>Whether a caller may leave it out.</summary>
    public bool IsOptional { get; set; }

    /// <summary>What the parameter means.</summary>
    public string? Description { get; set; }
}

/// <summary>Declares one response property (customapiresponseproperty) of the class's custom API.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiResponsePropertyAttribute : Attribute
{
    /// <param name="uniqueName">The property's name in the response.</param>
    /// <param name="type">Its type.</param>
    public CustomApiResponsePropertyAttribute(string uniqueName, CustomApiFieldKind type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    /// <summary>The property's name.</summary>
    public string UniqueName { get; }

    /// <summary>Its type.</summary>
    public CustomApiFieldKind Type { get; }

    /// <summary>What the property holds.</summary>
    public string? Description { get; set; }
}

/// <summary>customapi.bindingtype, with Dataverse's values.</summary>
public enum CustomApiBinding
{
    Global = 0,
    Entity = 1,
    EntityCollection = 2,
}

/// <summary>customapi.allowedcustomprocessingsteptype, with Dataverse's values.</summary>
public enum CustomApiStepTypes
{
    None = 0,
    AsyncOnly = 1,
    SyncAndAsync = 2,
}

/// <summary>The type of a custom API parameter or property, with Dataverse's values.</summary>
public enum CustomApiFieldKind
{
    Boolean = 0,
    DateTime = 1,
    Decimal = 2,
    Entity = 3,
    EntityCollection = 4,
    EntityReference = 5,
    Float = 6,
    Integer = 7,
    Money = 8,
    Picklist = 9,
    String = 10,
    StringArray = 11,
    Guid = 12,
}
