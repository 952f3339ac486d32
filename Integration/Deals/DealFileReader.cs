using System.Text.RegularExpressions;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Files;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Deals;

/// <summary>What a deal file gave: the deal, or every problem found in it (one per field, each with its line).</summary>
public sealed record DealFileResult(string Name, DealContext? Deal, IReadOnlyList<FileError> Errors);

/// <summary>
/// Reads the text of a deal file (docs/console.md, "The deal file"): one JSON object whose fields are all optional.
/// Checked as strictly as practice files: unknown and repeated fields are errors (field names compare
/// case-insensitively), every value must be of its field's kind and within its column's limits, and all problems
/// are reported in one pass. Text that is not JSON is refused whole, naming its line and column.
/// </summary>
public static partial class DealFileReader
{
    public const string Name = "name";
    public const string Industry = "industry";
    public const string Region = "region";
    public const string Stage = "stage";
    public const string EstimatedValue = "estimatedValue";
    public const string Products = "products";
    public const string Competitors = "competitors";
    public const string BuyerRoles = "buyerRoles";
    public const string DecisionUnitSize = "decisionUnitSize";
    public const string Description = "description";
    public const string PracticesUsed = "practicesUsed";
    public const string DismissedPracticeIds = "dismissedPracticeIds";
    public const string TeamDismissedPracticeIds = "teamDismissedPracticeIds";

    /// <summary>The fields, in the documented order.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        Name, Industry, Region, Stage, EstimatedValue, Products, Competitors, BuyerRoles, DecisionUnitSize, Description,
        PracticesUsed, DismissedPracticeIds, TeamDismissedPracticeIds,
    ];

    /// <param name="file">The file's name, as errors print it.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="defaultName">The deal's name when the file gives none.</param>
    /// <param name="limits">The column limits values must meet.</param>
    public static DealFileResult Read(string file, string text, string defaultName, DealFileLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new List<FileError>();
        var properties = Properties(file, text, errors);
        if (properties is null)
        {
            return new DealFileResult(defaultName, null, errors);
        }

        var values = new DealFileValues(file, errors);
        var fields = Known(properties, values);
        var name = values.Text(fields.GetValueOrDefault(Name), limits.NameMaxLength);
        var stage = Choice(values, fields.GetValueOrDefault(Stage), s => SalesStageParser.TryParse(s, out var v) ? v.ToString() : null,
            "is not a sales stage (one of Qualify, Develop, Propose, Close).");
        var industry = Choice(values, fields.GetValueOrDefault(Industry), s => limits.IndustryLabels.FirstOrDefault(l => string.Equals(l, s, StringComparison.OrdinalIgnoreCase)),
            "is not an industry: " + IndustryHint(fields.GetValueOrDefault(Industry), limits.IndustryLabels));
        var deal = new DealContext
        {
            Industry = industry,
            Region = values.Text(fields.GetValueOrDefault(Region), limits.RegionMaxLength),
            Stage = stage is null ? null : SalesStageParser.Parse(stage),
            EstimatedValue = values.Amount(fields.GetValueOrDefault(EstimatedValue), limits.EstimatedValueMax),
            Products = values.List(fields.GetValueOrDefault(Products), limits.ProductsMaxLength),
            Competitors = values.List(fields.GetValueOrDefault(Competitors), limits.CompetitorsMaxLength),
            BuyerRoles = values.List(fields.GetValueOrDefault(BuyerRoles), limits.BuyerRolesMaxLength),
            DecisionUnitSize = values.WholeNumber(fields.GetValueOrDefault(DecisionUnitSize), limits.DecisionUnitMin, limits.DecisionUnitMax),
            Description = values.Text(fields.GetValueOrDefault(Description), limits.DescriptionMaxLength),
            PracticesUsed = values.Ids(fields.GetValueOrDefault(PracticesUsed)),
            DismissedPracticeIds = values.Ids(fields.GetValueOrDefault(DismissedPracticeIds)),
            TeamDismissedPracticeIds = values.Ids(fields.GetValueOrDefault(TeamDismissedPracticeIds)),
        };

        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new DealFileResult(name ?? defaultName, errors.Count == 0 ? deal : null, errors);
    }

    // The top-level fields in file order, duplicates included (a JObject would keep only one of them); null when
    // the text is not one JSON object, with the reason in errors.
    private static List<DealFileProperty>? Properties(string file, string text, List<FileError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FileError(file, 1, null, "the file is empty; a deal file holds one JSON object (see docs/console.md)."));
            return null;
        }

        var settings = new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore };
        var properties = new List<DealFileProperty>();
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
        try
        {
            if (!ReadSkippingComments(reader))
            {
                errors.Add(new FileError(file, 1, null, "the file holds no JSON value; a deal file holds one JSON object (see docs/console.md)."));
                return null;
            }

            if (reader.TokenType != JsonToken.StartObject)
            {
                var found = JToken.ReadFrom(reader, settings);
                errors.Add(new FileError(file, Math.Max(1, reader.LineNumber), null, $"a deal file holds one JSON object, found {DealFileValues.Describe(found)}."));
                return null;
            }

            while (ReadSkippingComments(reader) && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                var line = reader.LineNumber;
                ReadSkippingComments(reader);
                properties.Add(new DealFileProperty(name, line, JToken.ReadFrom(reader, settings)));
            }

            if (reader.TokenType != JsonToken.EndObject)
            {
                errors.Add(new FileError(file, Math.Max(1, reader.LineNumber), null, "not valid JSON: the object is not closed (a '}' is missing)."));
                return null;
            }

            // Anything after the object other than whitespace and comments is an error of the file.
            if (ReadSkippingComments(reader))
            {
                errors.Add(new FileError(file, reader.LineNumber, null, "not valid JSON: there is more after the deal's object; a deal file holds one object."));
                return null;
            }
        }
        catch (JsonReaderException e)
        {
            var column = e.LinePosition > 0 ? $" at column {e.LinePosition}" : string.Empty;
            errors.Add(new FileError(file, Math.Max(1, e.LineNumber), null, $"not valid JSON{column}: {WithoutPosition(e.Message)}"));
            return null;
        }

        return properties;
    }

    // Known fields by canonical name; unknown and repeated ones are errors.
    private static Dictionary<string, DealFileProperty> Known(List<DealFileProperty> properties, DealFileValues values)
    {
        var known = new Dictionary<string, DealFileProperty>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var canonical = Fields.FirstOrDefault(f => string.Equals(f, property.Name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                values.Error(property, $"unknown field (known: {string.Join(", ", Fields)}).");
            }
            else if (known.TryGetValue(canonical, out var first))
            {
                values.Error(property, $"appears again (first on line {first.Line}); give each field once.");
            }
            else
            {
                known[canonical] = property;
            }
        }

        return known;
    }

    // The value's canonical spelling, or an error quoting the value.
    private static string? Choice(DealFileValues values, DealFileProperty? property, Func<string, string?> parse, string problem)
    {
        if (values.Text(property, int.MaxValue) is not { } text)
        {
            return null;
        }

        var parsed = parse(text);
        if (parsed is null)
        {
            values.Error(property!, $"'{DealFileValues.Shorten(text)}' {problem}");
        }

        return parsed;
    }

    // Labels that share the text or its first word's stem ("Finance" -> "Financial"); else a pointer to the full list.
    private static string IndustryHint(DealFileProperty? property, IReadOnlyList<string> labels)
    {
        var text = property?.Value.Type == JTokenType.String ? property.Value.Value<string>()!.Trim() : string.Empty;
        var stem = text.Length >= 4 ? text[..4] : text;
        var near = stem.Length == 0 ? [] : labels.Where(l => l.Contains(text, StringComparison.OrdinalIgnoreCase) || l.StartsWith(stem, StringComparison.OrdinalIgnoreCase)).Take(3).ToArray();
        return near.Length > 0
            ? $"did you mean {string.Join(" or ", near.Select(l => "'" + l + "'"))}? (an industry is a label of the account industrycode choice)"
            : $"an industry is a label of the account industrycode choice: {string.Join(", ", labels)}.";
    }

    private static bool ReadSkippingComments(JsonTextReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                return true;
            }
        }

        return false;
    }

    // Newtonsoft ends its messages with "Path 'x', line 3, position 7."; the line and column are given already.
    private static string WithoutPosition(string message) => PositionSuffix().Replace(message, string.Empty).Trim() is { Length: > 0 } m ? m.TrimEnd('.') + "." : message;

    [GeneratedRegex(@"\s*(Path '[^']*', )?line \d+, position \d+\.$")]
    private static partial Regex PositionSuffix();
}
