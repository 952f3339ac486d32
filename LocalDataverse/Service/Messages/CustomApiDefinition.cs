using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// A custom API as its registration declares it (the customapi table's columns): the message name, its binding, the
/// privilege a caller needs, its request parameters and response properties with their types, and the plug-in that is
/// its main operation (stage 30). Give it in <see cref="LocalOrganizationOptions.CustomApis"/> (or read from a solution
/// folder's customapis/), or register it with <see cref="CustomApiRegistration.RegisterCustomApi"/>; requests named
/// <see cref="UniqueName"/> then run it.
/// </summary>
public sealed class CustomApiDefinition
{
    public CustomApiDefinition(string uniqueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uniqueName);
        UniqueName = uniqueName;
    }

    /// <summary>The message name (customapi.uniquename), e.g. "dvs_RankPractices".</summary>
    public string UniqueName { get; }

    /// <summary>Global (no Target), Entity (Target is a reference to a row of the bound table) or EntityCollection.</summary>
    public CustomApiBindingType BindingType { get; init; }

    /// <summary>The table a bound API's Target refers to; null for a global API.</summary>
    public string? BoundEntityLogicalName { get; init; }

    /// <summary>
    /// True for a function (called with GET in the Web API, and then it must return something); false for an action.
    /// </summary>
    public bool IsFunction { get; init; }

    /// <summary>
    /// The privilege a caller needs to call the API (prvReadAccount, or one a solution defines); null when anyone
    /// may. SYSTEM always may.
    /// </summary>
    public string? ExecutePrivilegeName { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<CustomApiParameter> RequestParameters { get; init; } = [];

    public IReadOnlyList<CustomApiResponseProperty> ResponseProperties { get; init; } = [];

    /// <summary>The IPlugin that implements the API; without one the API does nothing and returns no values.</summary>
    public Type? PluginType { get; init; }

    /// <summary>
    /// Which steps others may register on the API's message (allowedcustomprocessingsteptype): none (the default,
    /// as in Dataverse), asynchronous ones only, or both. A step the API does not allow fails the open.
    /// </summary>
    public CustomApiProcessingStepType AllowedCustomProcessingStepType { get; init; }

    /// <summary>
    /// What Dataverse would refuse to save about the API, or null. Registration in code and the solution reader
    /// both ask here, so the two cannot disagree on what a valid API is.
    /// </summary>
    internal string? Problem()
    {
        if (PluginType is { } type && !typeof(IPlugin).IsAssignableFrom(type))
        {
            return $"The plug-in type {type.FullName} of custom API '{UniqueName}' does not implement IPlugin.";
        }

        if (!Enum.IsDefined(AllowedCustomProcessingStepType))
        {
            return $"Custom API '{UniqueName}' has the allowed custom processing step type {(int)AllowedCustomProcessingStepType}; expected 0 (None), 1 (Async Only) or 2 (Sync and Async).";
        }

        if (!Enum.IsDefined(BindingType))
        {
            return $"Custom API '{UniqueName}' has the binding type {(int)BindingType}; expected 0 (Global), 1 (Entity) or 2 (EntityCollection).";
        }

        if (BindingType == CustomApiBindingType.Global ? BoundEntityLogicalName is not null : string.IsNullOrWhiteSpace(BoundEntityLogicalName))
        {
            return BindingType == CustomApiBindingType.Global
                ? $"Custom API '{UniqueName}' is global (binding type 0) but names the bound table '{BoundEntityLogicalName}'."
                : $"Custom API '{UniqueName}' is bound ({BindingType}) but names no bound table.";
        }

        // An OData function has a return value: Dataverse refuses a function without a response property.
        if (IsFunction && ResponseProperties.Count == 0)
        {
            return $"Custom API '{UniqueName}' is a function but has no response property.";
        }

        var field = RequestParameters.Select(p => (p.UniqueName, p.Type)).Concat(ResponseProperties.Select(p => (p.UniqueName, p.Type)))
            .FirstOrDefault(f => !Enum.IsDefined(f.Type));
        if (field.UniqueName is not null)
        {
            return $"'{field.UniqueName}' of custom API '{UniqueName}' has the unknown type {(int)field.Type}; expected 0 to 12.";
        }

        var twice = RequestParameters.GroupBy(p => p.UniqueName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key
            ?? ResponseProperties.GroupBy(p => p.UniqueName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        return twice is null ? null : $"Custom API '{UniqueName}' declares '{twice}' twice.";
    }
}

/// <summary>A request parameter (customapirequestparameter): its unique name, type and whether the caller may leave it out.</summary>
public sealed record CustomApiParameter(string UniqueName, CustomApiFieldType Type, bool IsOptional = false)
{
    /// <summary>For an Entity or EntityReference parameter, the table its value must be of; null for any table.</summary>
    public string? LogicalEntityName { get; init; }

    public string? DisplayName { get; init; }
}

/// <summary>A response property (customapiresponseproperty): what the plug-in may put in OutputParameters.</summary>
public sealed record CustomApiResponseProperty(string UniqueName, CustomApiFieldType Type)
{
    /// <summary>For an Entity or EntityReference property, the table its value is of; null for any table.</summary>
    public string? LogicalEntityName { get; init; }

    public string? DisplayName { get; init; }
}

/// <summary>Which steps a custom API takes on its message, with Dataverse's option values (customapi.allowedcustomprocessingsteptype).</summary>
public enum CustomApiProcessingStepType
{
    None = 0,
    AsyncOnly = 1,
    SyncAndAsync = 2,
}

/// <summary>What a custom API is bound to, with Dataverse's option values (customapi.bindingtype).</summary>
public enum CustomApiBindingType
{
    Global = 0,
    Entity = 1,
    EntityCollection = 2,
}

/// <summary>The types of custom API parameters and properties, with Dataverse's option values.</summary>
public enum CustomApiFieldType
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

/// <summary>The CLR type a value of each custom API field type must have.</summary>
internal static class CustomApiFieldTypes
{
    public static bool Accepts(this CustomApiFieldType type, object value) => type switch
    {
        CustomApiFieldType.Boolean => value is bool,
        CustomApiFieldType.DateTime => value is DateTime,
        CustomApiFieldType.Decimal => value is decimal,
        CustomApiFieldType.Entity => value is Entity,
        CustomApiFieldType.EntityCollection => value is EntityCollection,
        CustomApiFieldType.EntityReference => value is EntityReference,
        CustomApiFieldType.Float => value is double,
        CustomApiFieldType.Integer => value is int,
        CustomApiFieldType.Money => value is Money,
        CustomApiFieldType.Picklist => value is OptionSetValue,
        CustomApiFieldType.String => value is string,
        CustomApiFieldType.StringArray => value is string[],
        CustomApiFieldType.Guid => value is Guid,
        _ => false,
    };
}
