using System.Globalization;
using DataverseSharing.WebApi.Metadata;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Json;

/// <summary>
/// A row of a Web API answer as the SDK's Entity: types from the table's metadata (a number in a choice column is an
/// OptionSetValue, in a currency column Money), lookups from <c>_&lt;name&gt;_value</c> with their target from the
/// <c>lookuplogicalname</c> annotation, formatted values from their annotation, the row version from
/// <c>@odata.etag</c>, linked tables' columns (<c>alias.column</c>) as AliasedValue. A null column is left out, as
/// the organization service leaves it out.
/// </summary>
internal sealed class EntityJsonReader
{
    private const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    private const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
    private readonly TableMetadata table;
    private readonly IReadOnlyDictionary<string, TableMetadata> links;
    private readonly IReadOnlyDictionary<string, (string Table, string Column)> aggregates;

    public EntityJsonReader(
        TableMetadata table,
        IReadOnlyDictionary<string, TableMetadata>? links = null,
        IReadOnlyDictionary<string, (string Table, string Column)>? aggregates = null)
    {
        this.table = table;
        this.links = links ?? new Dictionary<string, TableMetadata>();
        this.aggregates = aggregates ?? new Dictionary<string, (string, string)>();
    }

    public TableMetadata Table => table;

    public Entity Read(JObject row)
    {
        var entity = new Entity(table.LogicalName);
        var annotations = new Dictionary<string, Dictionary<string, JToken>>(StringComparer.Ordinal);
        foreach (var property in row.Properties())
        {
            var at = property.Name.IndexOf('@', StringComparison.Ordinal);
            if (at > 0)
            {
                var owner = property.Name[..at];
                if (!annotations.TryGetValue(owner, out var mine))
                {
                    annotations[owner] = mine = new Dictionary<string, JToken>(StringComparer.Ordinal);
                }

                mine[property.Name[(at + 1)..]] = property.Value;
            }
            else if (at == 0 && property.Name == "@odata.etag" && property.Value.Type == JTokenType.String)
            {
                entity.RowVersion = RowVersion((string)property.Value!);
            }
        }

        foreach (var property in row.Properties())
        {
            if (property.Name.Contains('@', StringComparison.Ordinal) || property.Value.Type == JTokenType.Null)
            {
                continue;
            }

            var mine = annotations.GetValueOrDefault(property.Name);
            var (column, value) = ReadColumn(property.Name, property.Value, mine);
            entity.Attributes[column] = value;
            if (mine is not null && mine.TryGetValue(FormattedValue, out var formatted) && formatted.Type == JTokenType.String)
            {
                entity.FormattedValues[column] = (string)formatted!;
            }
        }

        if (entity.Attributes.TryGetValue(table.PrimaryIdAttribute, out var id) && id is Guid guid)
        {
            entity.Id = guid;
        }

        return entity;
    }

    /// <summary><c>W/"12345"</c> is the row version 12345.</summary>
    public static string RowVersion(string etag)
    {
        var text = etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
        return text.Trim('"');
    }

    private (string Column, object Value) ReadColumn(string name, JToken value, Dictionary<string, JToken>? annotations)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var encodedDot = name.IndexOf("_x002e_", StringComparison.Ordinal);
        if (dot > 0 || encodedDot > 0)
        {
            var alias = dot > 0 ? name[..dot] : name[..encodedDot];
            var rest = dot > 0 ? name[(dot + 1)..] : name[(encodedDot + 7)..];
            var linked = links.GetValueOrDefault(alias);
            var column = LookupColumn(rest) ?? rest;
            var inner = linked is null ? Untyped(value) : Typed(linked, column, value, annotations);
            return ($"{alias}.{column}", new AliasedValue(linked?.LogicalName ?? alias, column, inner));
        }

        if (aggregates.TryGetValue(name, out var source))
        {
            var of = links.Values.FirstOrDefault(t => t.LogicalName == source.Table) ?? (source.Table == table.LogicalName ? table : null);
            var inner = of is null || value.Type is JTokenType.Integer ? Untyped(value) : Typed(of, source.Column, value, annotations);
            return (name, new AliasedValue(source.Table, source.Column, inner));
        }

        var lookup = LookupColumn(name);
        return lookup is not null ? (lookup, Typed(table, lookup, value, annotations)) : (name, Typed(table, name, value, annotations));
    }

    private static string? LookupColumn(string name) =>
        name.Length > 7 && name[0] == '_' && name.EndsWith("_value", StringComparison.Ordinal) ? name[1..^6] : null;

    private static object Typed(TableMetadata of, string column, JToken value, Dictionary<string, JToken>? annotations)
    {
        if (of.IsLookup(column) || of.AttributeType(column) is "Lookup" or "Customer" or "Owner")
        {
            var target = annotations?.GetValueOrDefault(LookupLogicalName)?.Value<string>()
                ?? (of.LookupTargets(column) is [var only] ? only.Table : string.Empty);
            return new EntityReference(target, Guid.Parse((string)value!))
            {
                Name = annotations?.GetValueOrDefault(FormattedValue)?.Value<string>(),
            };
        }

        return of.AttributeType(column) switch
        {
            "Picklist" or "State" or "Status" => new OptionSetValue(value.Value<int>()),
            "Money" => new Money(value.Value<decimal>()),
            "Integer" => value.Value<int>(),
            "BigInt" => value.Value<long>(),
            "Decimal" => value.Value<decimal>(),
            "Double" => value.Value<double>(),
            "Boolean" => value.Value<bool>(),
            "Uniqueidentifier" => Guid.Parse((string)value!),
            "DateTime" => DateTime.Parse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            "MultiSelectPicklist" => MultiSelect((string)value!),
            _ when column == of.PrimaryIdAttribute => Guid.Parse((string)value!),
            _ => Untyped(value),
        };
    }

    private static OptionSetValueCollection MultiSelect(string text) =>
        new(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => new OptionSetValue(int.Parse(part, CultureInfo.InvariantCulture))).ToList());

    /// <summary>A value of a column the metadata does not know: as JSON has it (integers as int when they fit).</summary>
    public static object Untyped(JToken value) => value.Type switch
    {
        JTokenType.Integer => value.Value<long>() is var number && number is >= int.MinValue and <= int.MaxValue ? (object)(int)number : number,
        JTokenType.Float => value.Value<decimal>(),
        JTokenType.Boolean => value.Value<bool>(),
        JTokenType.String => (string)value!,
        _ => value.ToString(Newtonsoft.Json.Formatting.None),
    };
}
