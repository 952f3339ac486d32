using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Tables;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Json;

/// <summary>
/// A request body's row: each property typed by the table's metadata, lookups set with
/// <c>&lt;navigation&gt;@odata.bind: "/accounts(&lt;id&gt;)"</c>. An unknown property, a lookup written as
/// <c>_x_value</c> or a value of the wrong JSON type is refused naming it, before anything is written.
/// </summary>
internal sealed class EntityJsonReader(EntitySets sets)
{
    public Entity Read(JObject body, TableDefinition table)
    {
        var entity = new Entity(table.LogicalName);
        foreach (var property in body.Properties())
        {
            var name = property.Name;
            if (name.EndsWith("@odata.bind", StringComparison.Ordinal))
            {
                var (column, bound) = Bind(table, name[..^"@odata.bind".Length], property.Value);
                entity[column] = bound;
                continue;
            }

            if (name.StartsWith('@') || name.Contains('@', StringComparison.Ordinal))
            {
                continue; // @odata.type, @odata.etag and other annotations carry no column value.
            }

            if (name.StartsWith('_') && name.EndsWith("_value", StringComparison.Ordinal))
            {
                throw WebApiException.BadRequest($"The property '{name}' is read-only; set the lookup with '{name[1..^6]}@odata.bind': \"/<entityset>(<id>)\".");
            }

            var definition = table.FindColumn(name)
                ?? throw WebApiException.BadRequest($"Could not find a property named '{name}' on type 'Microsoft.Dynamics.CRM.{table.LogicalName}'.");
            if (definition.IsReference)
            {
                throw WebApiException.BadRequest($"The lookup '{name}' of {table.LogicalName} is set with '{name}@odata.bind': \"/<entityset>(<id>)\", not as a value.");
            }

            var value = Value(table, definition, property.Value);
            if (definition.LogicalName == table.PrimaryIdAttribute && value is Guid id)
            {
                entity.Id = id;
            }

            entity[definition.LogicalName] = value;
        }

        return entity;
    }

    /// <summary>A reference written as an @odata.id or bind URL: /accounts(id), accounts(key='x') or the absolute URL.</summary>
    public EntityReference Reference(string url)
    {
        var path = url;
        var api = path.IndexOf(WebApiPaths.Root, StringComparison.OrdinalIgnoreCase);
        if (api >= 0)
        {
            path = path[(api + WebApiPaths.Root.Length)..];
        }

        path = path.TrimStart('/');
        var open = path.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !path.EndsWith(')'))
        {
            throw WebApiException.BadRequest($"The reference '{url}' is not an entity set with a key, such as /accounts(<id>).");
        }

        var table = sets.Table(path[..open]);
        return KeySegment.Parse(table, path[(open + 1)..^1]);
    }

    private (string Column, EntityReference? Value) Bind(TableDefinition table, string property, JToken value)
    {
        var found = NavigationProperties.Find(table, property)
            ?? throw WebApiException.BadRequest($"The navigation property '{property}' is no lookup of {table.LogicalName} (write '<lookup>@odata.bind').");
        if (value.Type == JTokenType.Null)
        {
            return (found.Column.LogicalName, null);
        }

        if (value.Type != JTokenType.String)
        {
            throw WebApiException.BadRequest($"'{property}@odata.bind' must be one URL such as \"/accounts(<id>)\"; collection binds are not supported here.");
        }

        var reference = Reference((string)value!);
        if (found.Target is not null && found.Target != reference.LogicalName
            || found.Column.Targets.Count > 0 && !found.Column.Targets.Contains(reference.LogicalName))
        {
            throw WebApiException.BadRequest($"'{property}@odata.bind' names a {reference.LogicalName}, which {table.LogicalName}.{found.Column.LogicalName} does not take.");
        }

        return (found.Column.LogicalName, reference);
    }

    /// <summary>The JSON value as the SDK types the column's values.</summary>
    public static object? Value(TableDefinition table, ColumnDefinition column, JToken token)
    {
        if (token.Type == JTokenType.Null)
        {
            return null;
        }

        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => Expect(token, JTokenType.String).Value<string>(),
                ColumnType.Integer => Expect(token, JTokenType.Integer).Value<int>(),
                ColumnType.BigInt => Expect(token, JTokenType.Integer).Value<long>(),
                ColumnType.Decimal => Number(token),
                ColumnType.Money => new Money(Number(token)),
                ColumnType.Double => (double)Number(token),
                ColumnType.Boolean => Expect(token, JTokenType.Boolean).Value<bool>(),
                ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(Expect(token, JTokenType.Integer).Value<int>()),
                ColumnType.MultiSelectPicklist => new OptionSetValueCollection(
                    Expect(token, JTokenType.String).Value<string>()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(v => new OptionSetValue(int.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))).ToList()),
                ColumnType.DateTime => token.Type == JTokenType.Date
                    ? DateTime.SpecifyKind(token.Value<DateTime>().ToUniversalTime(), DateTimeKind.Utc)
                    : DateTime.Parse(Expect(token, JTokenType.String).Value<string>()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                ColumnType.Uniqueidentifier => Guid.Parse(Expect(token, JTokenType.String).Value<string>()!),
                _ => throw WebApiException.BadRequest($"The column {table.LogicalName}.{column.LogicalName} ({column.Type}) cannot be written here."),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            throw WebApiException.BadRequest($"The value {token.ToString(Newtonsoft.Json.Formatting.None)} does not fit {table.LogicalName}.{column.LogicalName} ({column.Type}).");
        }
    }

    private static decimal Number(JToken token) =>
        token.Type is JTokenType.Integer or JTokenType.Float ? token.Value<decimal>() : throw new FormatException();

    private static JToken Expect(JToken token, JTokenType type) =>
        token.Type == type ? token : throw new FormatException();
}
