using System.Globalization;
using DataverseSharing.Integration.Practices;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

using DataverseSharing.Plugins.Mapping;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Writes practices in the file format import reads, so export and import round-trip: JSON here, CSV through
/// <see cref="CsvPracticeWriter"/>, both from the same field values.
/// </summary>
public static class PracticeFileWriter
{
    public static void Write(TextWriter output, IReadOnlyList<LibraryPractice> practices, PracticeFileFormat format)
    {
        if (format == PracticeFileFormat.Json)
        {
            output.WriteLine(new JArray(practices.Select(ToJson)).ToString(Formatting.Indented));
            return;
        }

        CsvPracticeWriter.Write(output, practices.Select(practice => Values(practice).ToDictionary(v => v.Key, v => v.Value switch
        {
            null => string.Empty,
            string s => s,
            IEnumerable<string> items => string.Join("; ", items),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
        }, StringComparer.Ordinal)));
    }

    public static JObject ToJson(LibraryPractice practice)
    {
        var json = new JObject();
        foreach (var (field, value) in Values(practice))
        {
            json[field] = value switch
            {
                null => JValue.CreateNull(),
                string text => new JValue(text),
                IEnumerable<string> items => new JArray(items),
                _ => new JValue(value),
            };
        }

        return json;
    }

    private static Dictionary<string, object?> Values(LibraryPractice library)
    {
        var p = library.Practice;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PracticeFields.Key] = library.Key,
            [PracticeFields.Title] = p.Title,
            [PracticeFields.Topic] = p.Topic.ToString(),
            [PracticeFields.Status] = p.Status.ToString(),
            [PracticeFields.Summary] = p.Summary,
            [PracticeFields.Body] = p.Body,
            [PracticeFields.Industries] = p.Industries,
            [PracticeFields.Regions] = p.Regions,
            [PracticeFields.ProductFamilies] = p.ProductFamilies,
            [PracticeFields.BuyerRoles] = p.BuyerRoles,
            [PracticeFields.Competitors] = p.Competitors,
            [PracticeFields.Keywords] = p.Keywords,
            [PracticeFields.DealSizeBand] = p.DealSizeBand?.ToString(),
            [PracticeFields.SalesStages] = p.SalesStages.Select(s => s.ToString()).ToList(),
            [PracticeFields.Version] = p.Version,
            [PracticeFields.ReviewOn] = p.ReviewOnUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [PracticeFields.ExpiresOn] = p.ExpiresOnUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [PracticeFields.AppliedWon] = p.Effectiveness.AppliedWon,
            [PracticeFields.AppliedLost] = p.Effectiveness.AppliedLost,
            [PracticeFields.BaselineWon] = p.Effectiveness.BaselineWon,
            [PracticeFields.BaselineLost] = p.Effectiveness.BaselineLost,
            [PracticeFields.CompetitorOutcomes] = p.Effectiveness.AgainstCompetitors.Select(CompetitorOutcomesColumn.FormatLine).ToList(),
        };
    }
}
