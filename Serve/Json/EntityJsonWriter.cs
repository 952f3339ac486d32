using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Protocol;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Json;

/// <summary>
/// A row as the Web API writes it: the etag, columns by logical name, lookups as <c>_&lt;name&gt;_value</c>,
/// choices and money as numbers, dates in ISO 8601 UTC, and the annotations the Prefer header asks for
/// (formatted values, the lookup's table and navigation property).
/// </summary>
internal static class EntityJsonWriter
{
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
    public const string AssociatedNavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";

    public static JObject Write(Entity entity, TableDefinition? table, Prefer prefer)
    {
        var json = new JObject();
        if (!string.IsNullOrEmpty(entity.RowVersion))
        {
            json["@odata.etag"] = ETag.Of(entity.RowVersion);
        }

        foreach (var (name, value) in entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var column = table?.FindColumn(name);
            var inner = value is AliasedValue aliased ? aliased.Value : value;
            var property = value is AliasedValue ? name.Replace(".", "_x002e_", StringComparison.Ordinal) : name;
            if (inner is EntityReference reference)
            {
                // A lookup of the row itself is "_<name>_value"; a linked table's lookup keeps its "alias.column"
                // name, as Dataverse answers a fetchXml link-entity, so a client reads it back under that alias.
                property = value is AliasedValue ? property : "_" + property + "_value";
                json[property] = reference.Id.ToString("D");
                Annotate(json, property, FormattedValue, reference.Name, prefer);
                Annotate(json, property, AssociatedNavigationProperty, value is AliasedValue ? null : NavigationProperties.For(column, reference.LogicalName), prefer);
                Annotate(json, property, LookupLogicalName, reference.LogicalName, prefer);
                continue;
            }

            json[property] = Value(inner, column);
            if (entity.FormattedValues.TryGetValue(name, out var formatted))
            {
                Annotate(json, property, FormattedValue, formatted, prefer);
            }
        }

        return json;
    }

    public static JToken Value(object? value, ColumnDefinition? column) => value switch
    {
        null => JValue.CreateNull(),
        OptionSetValue option => option.Value,
        OptionSetValueCollection options => string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture))),
        Money money => money.Value,
        // Only the DateOnly behavior is a bare date on the wire; a date-only format of another behavior keeps its time.
        DateTime date when column?.DateTimeBehavior == DateTimeBehavior.DateOnly => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => DateTime.SpecifyKind(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Guid id => id.ToString("D"),
        EntityReference reference => reference.Id.ToString("D"),
        EntityCollection rows => new JArray(rows.Entities.Select(e => (JToken)Write(e, null, Prefer.Parse(null)))),
        Entity row => Write(row, null, Prefer.Parse(null)),
        string[] strings => new JArray(strings),
        bool or int or long or decimal or double or float or string => new JValue(value),
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"No Web API form for a value of type {value.GetType().FullName}."),
    };

    private static void Annotate(JObject json, string property, string term, string? value, Prefer prefer)
    {
        if (value is not null && prefer.Includes(term))
        {
            json[property + "@" + term] = value;
        }
    }
}
