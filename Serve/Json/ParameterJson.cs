using System.Globalization;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Tables;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Json;

/// <summary>
/// Action parameters and responses as the Web API writes them: primitives as JSON values, a row as an object
/// with <c>@odata.type</c> ("Microsoft.Dynamics.CRM.account"), a reference as that object with only its primary id,
/// a collection of rows as an array.
/// </summary>
internal sealed class ParameterJson(EntitySets sets, EntityJsonReader reader)
{
    public const string TypePrefix = "Microsoft.Dynamics.CRM.";

    public object? Read(string name, JToken token, CustomApiFieldType type, string? logicalEntityName)
    {
        if (token.Type == JTokenType.Null)
        {
            return null;
        }

        try
        {
            return type switch
            {
                CustomApiFieldType.Boolean => Expect(token, JTokenType.Boolean).Value<bool>(),
                CustomApiFieldType.Integer => Expect(token, JTokenType.Integer).Value<int>(),
                CustomApiFieldType.Decimal => Number(token),
                CustomApiFieldType.Float => (double)Number(token),
                CustomApiFieldType.Money => new Money(Number(token)),
                CustomApiFieldType.Picklist => new OptionSetValue(Expect(token, JTokenType.Integer).Value<int>()),
                CustomApiFieldType.String => Expect(token, JTokenType.String).Value<string>(),
                CustomApiFieldType.Guid => Guid.Parse(Expect(token, JTokenType.String).Value<string>()!),
                CustomApiFieldType.DateTime => DateTime.Parse(Expect(token, JTokenType.String).Value<string>()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                CustomApiFieldType.StringArray => Expect(token, JTokenType.Array).Select(t => Expect(t, JTokenType.String).Value<string>()!).ToArray(),
                CustomApiFieldType.Entity => Row(name, Expect(token, JTokenType.Object), logicalEntityName),
                CustomApiFieldType.EntityReference => Reference(name, Expect(token, JTokenType.Object), logicalEntityName),
                CustomApiFieldType.EntityCollection => Rows(name, Expect(token, JTokenType.Array), logicalEntityName),
                _ => throw WebApiException.BadRequest($"The parameter '{name}' has a type ({type}) this server cannot read."),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            throw WebApiException.BadRequest($"The parameter '{name}' takes a {type}, not {token.ToString(Newtonsoft.Json.Formatting.None)}.");
        }
    }

    public Entity Row(string name, JToken token, string? logicalEntityName)
    {
        var json = (JObject)Expect(token, JTokenType.Object);
        var table = sets.TableNamed(TableOf(name, json, logicalEntityName));
        var entity = reader.Read(json, table);
        if (json["@odata.id"] is { Type: JTokenType.String } id)
        {
            // UpsertMultiple names each row by URL, often by alternate key: sample_examples(sample_key='1').
            var reference = reader.Reference((string)id!);
            entity.Id = reference.Id;
            foreach (var (key, value) in reference.KeyAttributes)
            {
                entity.KeyAttributes[key] = value;
            }
        }

        return entity;
    }

    public JToken Write(object? value) => value switch
    {
        Entity row => WriteRow(row),
        EntityReference reference => new JObject
        {
            ["@odata.type"] = TypePrefix + reference.LogicalName,
            [sets.Catalog.FindTable(reference.LogicalName)?.PrimaryIdAttribute ?? reference.LogicalName + "id"] = reference.Id.ToString("D"),
        },
        EntityCollection rows => new JArray(rows.Entities.Select(WriteRow)),
        EntityReferenceCollection references => new JArray(references.Select(Write)),
        Guid[] ids => new JArray(ids.Select(i => i.ToString("D"))),
        _ => EntityJsonWriter.Value(value, null),
    };

    private JToken WriteRow(Entity row)
    {
        var json = new JObject { ["@odata.type"] = TypePrefix + row.LogicalName };
        json.Merge(EntityJsonWriter.Write(row, sets.Catalog.FindTable(row.LogicalName), Prefer.Parse("odata.include-annotations=\"*\"")));
        var table = sets.Catalog.FindTable(row.LogicalName);
        if (table is not null && row.Id != Guid.Empty && json[table.PrimaryIdAttribute] is null)
        {
            json[table.PrimaryIdAttribute] = row.Id.ToString("D");
        }

        return json;
    }

    private EntityReference Reference(string name, JToken token, string? logicalEntityName)
    {
        var json = (JObject)token;
        var table = sets.TableNamed(TableOf(name, json, logicalEntityName));
        var id = json[table.PrimaryIdAttribute] ?? throw WebApiException.BadRequest($"The reference '{name}' needs its {table.PrimaryIdAttribute}.");
        return new EntityReference(table.LogicalName, Guid.Parse((string)id!));
    }

    private EntityCollection Rows(string name, JToken token, string? logicalEntityName)
    {
        var rows = token.Select(item => Row(name, item, logicalEntityName)).ToList();
        return new EntityCollection(rows) { EntityName = logicalEntityName ?? rows.FirstOrDefault()?.LogicalName };
    }

    private static string TableOf(string name, JObject json, string? logicalEntityName)
    {
        if (json["@odata.type"] is { Type: JTokenType.String } type)
        {
            var text = (string)type!;
            var table = text.StartsWith('#') ? text[1..] : text;
            table = table.StartsWith(TypePrefix, StringComparison.Ordinal) ? table[TypePrefix.Length..] : table;
            if (logicalEntityName is not null && logicalEntityName != table)
            {
                throw WebApiException.BadRequest($"The parameter '{name}' takes a {logicalEntityName}, not the {table} its @odata.type names.");
            }

            return table;
        }

        return logicalEntityName ?? throw WebApiException.BadRequest($"The parameter '{name}' needs an @odata.type (\"{TypePrefix}<table>\").");
    }

    private static decimal Number(JToken token) =>
        token.Type is JTokenType.Integer or JTokenType.Float ? token.Value<decimal>() : throw new FormatException();

    private static JToken Expect(JToken token, JTokenType type) =>
        token.Type == type ? token : throw new FormatException();
}
