using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Reads the JSON form: an array of objects with the fields of docs/practice-files.md. Lists are arrays of
/// strings (a semicolon-separated string is accepted too); numbers may be numbers or strings.
/// </summary>
public static class JsonPracticeReader
{
    public static IReadOnlyList<RawPractice> Read(string file, TextReader text)
    {
        JToken root;
        try
        {
            using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            root = JToken.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw new PracticeFileException(new PracticeFileError(file, Math.Max(1, e.LineNumber), null, null, $"not valid JSON: {e.Message}"));
        }

        if (root is not JArray array)
        {
            throw new PracticeFileException(new PracticeFileError(file, Line(root), null, null, "the file must hold a JSON array of practice objects."));
        }

        var records = new List<RawPractice>();
        foreach (var item in array)
        {
            if (item is not JObject record)
            {
                throw new PracticeFileException(new PracticeFileError(file, Line(item), null, null, $"each element must be an object, found {item.Type}."));
            }

            var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
            var key = record.Properties().FirstOrDefault(p => PracticeFields.Canonical(p.Name) == PracticeFields.Key)?.Value.ToString();
            foreach (var property in record.Properties())
            {
                var name = PracticeFields.Canonical(property.Name)
                    ?? throw new PracticeFileException(new PracticeFileError(file, Line(property), property.Name, key, $"unknown field (known: {string.Join(", ", PracticeFields.All)})."));
                fields[name] = Field(file, name, property, key);
            }

            records.Add(new RawPractice(Line(record), fields));
        }

        return records;
    }

    private static RawField Field(string file, string name, JProperty property, string? key)
    {
        var line = Line(property);
        var value = property.Value;
        if (value.Type == JTokenType.Null)
        {
            return new RawField(null, PracticeFields.Lists.Contains(name) ? Array.Empty<string>() : null, line);
        }

        if (PracticeFields.Lists.Contains(name))
        {
            return value switch
            {
                JArray items when items.All(i => i.Type == JTokenType.String) => new RawField(null, items.Select(i => i.Value<string>()!.Trim()).Where(i => i.Length > 0).ToList(), line),
                JValue { Type: JTokenType.String } text => new RawField(null, text.Value<string>()!.Split(';').Select(v => v.Trim()).Where(v => v.Length > 0).ToList(), line),
                _ => throw new PracticeFileException(new PracticeFileError(file, line, name, key, "must be an array of strings.")),
            };
        }

        return value switch
        {
            JValue { Type: JTokenType.String or JTokenType.Integer or JTokenType.Float } scalar => new RawField(Convert.ToString(scalar.Value, CultureInfo.InvariantCulture), null, line),
            _ => throw new PracticeFileException(new PracticeFileError(file, line, name, key, $"must be a string or a number, found {value.Type}.")),
        };
    }

    private static int Line(JToken token) => token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}
