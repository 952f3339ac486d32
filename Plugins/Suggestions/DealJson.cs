using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// Reads the DealJson parameter of dvs_SuggestPractices: one JSON object with the deal file's fields
/// (docs/console.md), all optional, names compared ignoring case. Parsed with the framework's JSON reader (the
/// sandbox has no other), which presents JSON as XML elements typed by a "type" attribute. Anything wrong is an
/// <see cref="InvalidPluginExecutionException"/> naming the field.
/// </summary>
public static class DealJson
{
    /// <summary>The most characters DealJson may hold; a deal is a few thousand.</summary>
    public const int MaxLength = 1024 * 1024;

    private static readonly string[] Fields =
    {
        "name", "industry", "region", "stage", "estimatedValue", "products", "competitors", "buyerRoles", "decisionUnitSize",
        "description", "practicesUsed", "dismissedPracticeIds", "teamDismissedPracticeIds",
    };

    /// <summary>The deal's name ("what-if deal" when the JSON gives none) and its context.</summary>
    public static KeyValuePair<string, DealContext> Read(string json)
    {
        var root = Parse(json);
        var fields = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            var name = NameOf(element);
            var canonical = Fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase))
                ?? throw Bad(name, $"is not a field of a deal (known: {string.Join(", ", Fields)})");
            if (fields.ContainsKey(canonical))
            {
                throw Bad(canonical, "appears twice");
            }

            fields[canonical] = element;
        }

        var stageText = Text(fields, "stage");
        SalesStage? stage = null;
        if (stageText is not null)
        {
            stage = SalesStageParser.TryParse(stageText, out var parsed)
                ? parsed
                : throw Bad("stage", $"'{stageText}' is not a sales stage (one of Qualify, Develop, Propose, Close)");
        }

        var deal = new DealContext
        {
            Industry = Text(fields, "industry"),
            Region = Text(fields, "region"),
            Stage = stage,
            EstimatedValue = Number(fields, "estimatedValue") is { } value ? (value >= 0 ? value : throw Bad("estimatedValue", "is negative; an estimated value is zero or more")) : null,
            Products = List(fields, "products"),
            Competitors = List(fields, "competitors"),
            BuyerRoles = List(fields, "buyerRoles"),
            DecisionUnitSize = WholeNumber(fields, "decisionUnitSize"),
            Description = Text(fields, "description"),
            PracticesUsed = Ids(fields, "practicesUsed"),
            DismissedPracticeIds = Ids(fields, "dismissedPracticeIds"),
            TeamDismissedPracticeIds = Ids(fields, "teamDismissedPracticeIds"),
        };
        return new KeyValuePair<string, DealContext>(Text(fields, "name") ?? "what-if deal", deal);
    }

    private static XElement Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InvalidPluginExecutionException("DealJson is empty; give one JSON object describing the deal.");
        }

        if (json.Length > MaxLength)
        {
            throw new InvalidPluginExecutionException(string.Format(CultureInfo.InvariantCulture, "DealJson has {0:N0} characters; a deal is at most {1:N0}.", json.Length, MaxLength));
        }

        if (JsonStructure.Problem(json) is { } problem)
        {
            throw new InvalidPluginExecutionException("DealJson is not valid JSON: " + problem + ".");
        }

        XElement root;
        try
        {
            using var reader = JsonReaderWriterFactory.CreateJsonReader(Encoding.UTF8.GetBytes(json), XmlDictionaryReaderQuotas.Max);
            root = XElement.Load(reader);
        }
        catch (XmlException e)
        {
            throw new InvalidPluginExecutionException("DealJson is not valid JSON: " + e.Message);
        }

        return TypeOf(root) == "object" ? root : throw new InvalidPluginExecutionException($"DealJson must be one JSON object, not {Describe(root)}.");
    }

    // A key that is not an XML name is written as <item item="key">.
    private static string NameOf(XElement element) => (string?)element.Attribute("item") ?? element.Name.LocalName;

    private static string TypeOf(XElement element) => (string?)element.Attribute("type") ?? "string";

    private static string Describe(XElement element) => TypeOf(element) switch
    {
        "array" => "an array",
        "object" => "an object",
        "number" => "a number",
        "boolean" => "true or false",
        "null" => "null",
        _ => "a string",
    };

    private static string? Text(Dictionary<string, XElement> fields, string field)
    {
        if (!fields.TryGetValue(field, out var element) || TypeOf(element) == "null")
        {
            return null;
        }

        if (TypeOf(element) != "string")
        {
            throw Bad(field, $"must be a string, not {Describe(element)}");
        }

        var text = element.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    private static decimal? Number(Dictionary<string, XElement> fields, string field)
    {
        if (!fields.TryGetValue(field, out var element) || TypeOf(element) == "null")
        {
            return null;
        }

        if (TypeOf(element) != "number" || !decimal.TryParse(element.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Bad(field, $"must be a number, not {Describe(element)}");
        }

        return value;
    }

    private static int? WholeNumber(Dictionary<string, XElement> fields, string field)
    {
        if (Number(fields, field) is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value) || value < 0 || value > int.MaxValue)
        {
            throw Bad(field, $"is {value.ToString(CultureInfo.InvariantCulture)}; it must be a whole number, zero or more");
        }

        return (int)value;
    }

    // An array of strings, or one string of values separated as the columns store them.
    private static IReadOnlyList<string> List(Dictionary<string, XElement> fields, string field)
    {
        if (!fields.TryGetValue(field, out var element) || TypeOf(element) == "null")
        {
            return Array.Empty<string>();
        }

        if (TypeOf(element) == "string")
        {
            return ValueList.Split(element.Value);
        }

        if (TypeOf(element) != "array")
        {
            throw Bad(field, $"must be an array of strings, not {Describe(element)}");
        }

        var items = new List<string>();
        foreach (var item in element.Elements())
        {
            if (TypeOf(item) != "string")
            {
                throw Bad(field, $"must hold strings only, not {Describe(item)}");
            }

            if (item.Value.Trim().Length > 0)
            {
                items.Add(item.Value.Trim());
            }
        }

        return items;
    }

    private static IReadOnlyList<string> Ids(Dictionary<string, XElement> fields, string field)
    {
        var ids = new List<string>();
        foreach (var item in List(fields, field))
        {
            ids.Add(Guid.TryParse(item, out var id) ? id.ToString("D") : throw Bad(field, $"holds '{item}', which is not a practice id (a GUID)"));
        }

        return ids;
    }

    private static InvalidPluginExecutionException Bad(string field, string problem) => new($"DealJson: '{field}' {problem}.");
}
