using System.Globalization;
using DataverseSharing.RelevanceEval.Data.Json;
using Newtonsoft.Json;

namespace DataverseSharing.RelevanceEval.Data;

/// <summary>
/// Reads a data set directory. Every failure becomes a <see cref="DataLoadException"/> naming the file and either
/// the JSON path and line (syntax and shape errors) or the record id and field (value errors), because these files
/// are edited by hand and "invalid data" alone sends the author hunting.
/// </summary>
public static class EvaluationSetLoader
{
    public static EvaluationSet Load(string directory)
    {
        var manifest = Read<ManifestJson>(directory, DataFiles.Manifest);
        // A held-out set judges new deals against the same library, so it points at that file instead of copying it.
        var practices = manifest.Practices is { } shared
            ? ReadShared<List<PracticeJson>>(directory, shared)
            : Read<List<PracticeJson>>(directory, DataFiles.Practices);
        var deals = Read<List<DealJson>>(directory, DataFiles.Deals);
        var judgments = Read<Dictionary<string, Dictionary<string, int>>>(directory, DataFiles.Judgments);

        var asOf = ParseDate(DataFiles.Manifest, "manifest", "asOf", manifest.AsOf)
            ?? throw new DataLoadException(DataFiles.Manifest, "field 'asOf' is required (yyyy-MM-dd)");

        return new EvaluationSet
        {
            Name = manifest.Name ?? Path.GetFileName(Path.GetFullPath(directory)),
            AsOf = asOf,
            Practices = practices.Select((p, i) => ToPractice(p, i)).ToList(),
            Deals = deals.Select((d, i) => ToDeal(d, i)).ToList(),
            Judgments = ToJudgments(judgments),
        };
    }

    private static T ReadShared<T>(string directory, string relativePath)
        where T : class
    {
        if (Path.IsPathRooted(relativePath))
        {
            throw new DataLoadException(DataFiles.Manifest, $"field 'practices': '{relativePath}' must be relative to the set's directory");
        }

        var path = Path.GetFullPath(Path.Combine(directory, relativePath));
        return Read<T>(Path.GetDirectoryName(path)!, Path.GetFileName(path));
    }

    private static T Read<T>(string directory, string fileName)
        where T : class
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new DataLoadException(fileName, $"file not found in '{directory}'");
        }

        try
        {
            using var reader = new JsonTextReader(new StreamReader(path));
            var serializer = JsonSerializer.Create(DataFiles.Settings);
            return serializer.Deserialize<T>(reader)
                ?? throw new DataLoadException(fileName, "file is empty or null");
        }
        catch (JsonReaderException ex)
        {
            throw new DataLoadException(fileName, $"malformed JSON at path '{ex.Path}', line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)}", ex);
        }
        catch (JsonSerializationException ex)
        {
            throw new DataLoadException(fileName, $"unexpected JSON at path '{ex.Path}', line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)}", ex);
        }
    }

    // Newtonsoft appends "Path '…', line …" to its messages; we print those ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static PracticeRecord ToPractice(PracticeJson json, int index)
    {
        const string file = DataFiles.Practices;
        var id = Required(file, $"record #{index + 1}", "id", json.Id);
        var e = json.Effectiveness;
        return new PracticeRecord
        {
            Id = id,
            Title = Required(file, id, "title", json.Title),
            Summary = Required(file, id, "summary", json.Summary),
            Body = Required(file, id, "body", json.Body),
            Topic = ParseEnum<Topic>(file, id, "topic", Required(file, id, "topic", json.Topic)),
            Industries = json.Industries ?? [],
            Regions = json.Regions ?? [],
            ProductFamilies = json.ProductFamilies ?? [],
            DealSizeBand = json.DealSizeBand is null ? null : ParseEnum<SizeBand>(file, id, "dealSizeBand", json.DealSizeBand),
            SalesStages = (json.SalesStages ?? []).Select(s => ParseEnum<Stage>(file, id, "salesStages", s)).ToList(),
            BuyerRoles = json.BuyerRoles ?? [],
            Competitors = json.Competitors ?? [],
            Keywords = json.Keywords ?? [],
            Status = ParseEnum<Status>(file, id, "status", Required(file, id, "status", json.Status)),
            ApprovedOn = ParseDate(file, id, "approvedOn", json.ApprovedOn),
            ExpiresOn = ParseDate(file, id, "expiresOn", json.ExpiresOn),
            Effectiveness = e is null
                ? new EffectivenessRecord()
                : new EffectivenessRecord
                {
                    AppliedWon = e.AppliedWon,
                    AppliedLost = e.AppliedLost,
                    BaselineWon = e.BaselineWon,
                    BaselineLost = e.BaselineLost,
                },
        };
    }

    private static DealRecord ToDeal(DealJson json, int index)
    {
        const string file = DataFiles.Deals;
        var id = Required(file, $"record #{index + 1}", "id", json.Id);
        return new DealRecord
        {
            Id = id,
            Name = Required(file, id, "name", json.Name),
            Industry = json.Industry,
            Region = json.Region,
            Stage = json.Stage is null ? null : ParseEnum<Stage>(file, id, "stage", json.Stage),
            EstimatedValue = json.EstimatedValue,
            Products = json.Products ?? [],
            Competitors = json.Competitors ?? [],
            BuyerRoles = json.BuyerRoles ?? [],
            DecisionUnitSize = json.DecisionUnitSize,
            Description = json.Description,
            PracticesUsed = json.PracticesUsed ?? [],
            Dismissed = json.Dismissed ?? [],
        };
    }

    private static Dictionary<string, IReadOnlyDictionary<string, int>> ToJudgments(Dictionary<string, Dictionary<string, int>> json)
    {
        foreach (var (dealId, grades) in json)
        {
            foreach (var (practiceId, grade) in grades)
            {
                if (grade is < 0 or > 3)
                {
                    throw new DataLoadException(DataFiles.Judgments, $"deal {dealId}, practice {practiceId}: grade {grade} is outside 0-3");
                }
            }
        }

        return json.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value, StringComparer.Ordinal);
    }

    private static string Required(string file, string recordId, string field, string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DataLoadException(file, $"record {recordId}, field '{field}': value is required")
            : value;

    private static TEnum ParseEnum<TEnum>(string file, string recordId, string field, string value)
        where TEnum : struct, Enum
    {
        // Exact, case-sensitive names only: the vocabularies are fixed strings, and numeric strings must not parse.
        if (Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal))
        {
            return Enum.Parse<TEnum>(value);
        }

        throw new DataLoadException(file, $"record {recordId}, field '{field}': unknown value '{value}' (expected one of {string.Join(", ", Enum.GetNames<TEnum>())})");
    }

    private static DateTime? ParseDate(string file, string recordId, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(value, DataFiles.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        throw new DataLoadException(file, $"record {recordId}, field '{field}': '{value}' is not a date in {DataFiles.DateFormat} form");
    }
}
