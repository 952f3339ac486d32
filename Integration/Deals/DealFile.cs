using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// A deal described in a JSON file (docs/console.md, "suggest --from-file"), for deals not in the org yet.
/// Unknown properties are errors, so a typo never silently drops a field.
/// </summary>
public static class DealFile
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "name", "industry", "region", "stage", "estimatedValue", "products", "competitors", "buyerRoles", "decisionUnitSize", "description", "practicesUsed", "dismissedPracticeIds", "teamDismissedPracticeIds",
    };

    public static (string Name, DealContext Context) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw CliException.NotFound($"The deal file '{path}' does not exist.");
        }

        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(path));
            json = JObject.Load(reader);
        }
        catch (JsonReaderException e)
        {
            throw CliException.Invalid($"{path}: line {e.LineNumber}: not valid JSON ({e.Message})");
        }

        foreach (var property in json.Properties())
        {
            if (!Known.Contains(property.Name))
            {
                throw CliException.Invalid($"{path}: line {((IJsonLineInfo)property).LineNumber}: unknown field '{property.Name}' (known: {string.Join(", ", Known)}).");
            }
        }

        try
        {
            var stage = Text(json, "stage");
            if (stage is not null && !SalesStageParser.TryParse(stage, out _))
            {
                throw Field(path, json, "stage", "must be Qualify, Develop, Propose or Close");
            }

            return (Text(json, "name") ?? Path.GetFileNameWithoutExtension(path), new DealContext
            {
                Industry = Text(json, "industry"),
                Region = Text(json, "region"),
                Stage = stage is null ? null : SalesStageParser.Parse(stage),
                EstimatedValue = json["estimatedValue"]?.Type is null or JTokenType.Null ? null : json.Value<decimal>("estimatedValue"),
                Products = List(json, "products"),
                Competitors = List(json, "competitors"),
                BuyerRoles = List(json, "buyerRoles"),
                DecisionUnitSize = json["decisionUnitSize"]?.Type is null or JTokenType.Null ? null : json.Value<int>("decisionUnitSize"),
                Description = Text(json, "description"),
                PracticesUsed = List(json, "practicesUsed"),
                DismissedPracticeIds = List(json, "dismissedPracticeIds"),
                TeamDismissedPracticeIds = List(json, "teamDismissedPracticeIds"),
            });
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException or OverflowException)
        {
            throw CliException.Invalid($"{path}: {e.Message}");
        }
    }

    private static CliException Field(string path, JObject json, string name, string problem) =>
        CliException.Invalid($"{path}: line {((IJsonLineInfo)json.Property(name)!).LineNumber}: field '{name}' {problem}.");

    private static string? Text(JObject json, string name) => json[name]?.Type is null or JTokenType.Null ? null : json.Value<string>(name);

    private static string[] List(JObject json, string name) => json[name] is JArray array ? array.Select(v => v.Value<string>() ?? string.Empty).ToArray() : Array.Empty<string>();
}
