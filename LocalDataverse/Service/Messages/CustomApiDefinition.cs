using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// A custom API as its registration declares it: the message name, its request parameters and response properties
/// with their types, and the plug-in that is its main operation (stage 30). Register it with
/// <see cref="CustomApiRegistration.RegisterCustomApi"/>; requests named <see cref="UniqueName"/> then run it.
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

    /// <summary>The table a bound API's Target refers to; null for an unbound API.</summary>
    public string? BoundEntityLogicalName { get; init; }

    public IReadOnlyList<CustomApiParameter> RequestParameters { get; init; } = [];

    public IReadOnlyList<CustomApiResponseProperty> ResponseProperties { get; init; } = [];

    /// <summary>The IPlugin that implements the API; without one the API does nothing and returns no values.</summary>
    public Type? PluginType { get; init; }
}

/// <summary>A request parameter (customapirequestparameter): its unique name, type and whether the caller may leave it out.</summary>
public sealed record CustomApiParameter(string UniqueName, CustomApiFieldType Type, bool IsOptional = false);

/// <summary>A response property (customapiresponseproperty): what the plug-in may put in OutputParameters.</summary>
public sealed record CustomApiResponseProperty(string UniqueName, CustomApiFieldType Type);

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
