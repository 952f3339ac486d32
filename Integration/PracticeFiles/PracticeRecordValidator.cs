using System.Globalization;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Checks every field of a record against the dvs_bestpractice columns (required, lengths, choices, ranges) and
/// reports every problem, so one pass over a file tells the author everything to fix.
/// </summary>
public static class PracticeRecordValidator
{
    private static readonly Dictionary<string, int> MaxLengths = new(StringComparer.Ordinal)
    {
        [PracticeFields.Key] = 100, [PracticeFields.Title] = 200, [PracticeFields.Summary] = 2000, [PracticeFields.Body] = 100_000,
        [PracticeFields.Industries] = 1000, [PracticeFields.Regions] = 1000, [PracticeFields.ProductFamilies] = 1000,
        [PracticeFields.BuyerRoles] = 1000, [PracticeFields.Competitors] = 1000, [PracticeFields.Keywords] = 2000,
        [PracticeFields.CompetitorOutcomes] = 10_000,
    };

    // The texts that may span lines; every other text is one line (docs/practice-files.md, "Characters").
    private static readonly HashSet<string> MultiLine = new(StringComparer.Ordinal) { PracticeFields.Summary, PracticeFields.Body };

    public static ImportedPractice? Validate(string file, RawPractice record, List<PracticeFileError> errors)
    {
        // A blank key is named as written, so the error shows what the file holds.
        var name = record.Key ?? record.KeyAsWritten;
        var before = errors.Count;
        void Error(string field, string problem) => errors.Add(new PracticeFileError(file, LineOf(record, field), field, name, problem));

        string? Text(string field)
        {
            var text = record.Fields.TryGetValue(field, out var f) ? f.Value : null;
            if (text is null)
            {
                return null;
            }

            if (MaxLengths.TryGetValue(field, out var max) && text.Length > max)
            {
                Error(field, $"{text.Length} characters; at most {max}.");
            }

            if (PracticeText.Problem(text, MultiLine.Contains(field)) is { } problem)
            {
                Error(field, problem);
            }

            return text;
        }

        IReadOnlyList<string> List(string field)
        {
            var items = record.Fields.TryGetValue(field, out var f) ? f.Items ?? Array.Empty<string>() : Array.Empty<string>();
            if (items.Select(ItemProblem).FirstOrDefault(p => p is not null) is { } problem)
            {
                Error(field, problem);
                return Array.Empty<string>();
            }

            var stored = ValueList.Join(items);
            if (stored is not null && MaxLengths.TryGetValue(field, out var max) && stored.Length > max)
            {
                Error(field, $"{stored.Length} characters once joined; at most {max}.");
            }

            return ValueList.Split(stored);
        }

        int Count(string field, int min, int fallback)
        {
            if (Text(field) is not { } text)
            {
                return fallback;
            }

            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
            {
                Error(field, $"'{text}' is not a whole number of {min} or more.");
                return fallback;
            }

            return value;
        }

        DateTime? Date(string field)
        {
            if (Text(field) is not { } text)
            {
                return null;
            }

            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            {
                Error(field, $"'{text}' is not a date in the form yyyy-MM-dd.");
                return null;
            }

            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        var key = Text(PracticeFields.Key);
        if (key is null)
        {
            Error(PracticeFields.Key, "required (and not blank): the key identifies the practice across environments.");
        }

        var title = Text(PracticeFields.Title);
        if (title is null)
        {
            Error(PracticeFields.Title, "required.");
        }

        var topicText = Text(PracticeFields.Topic);
        var topic = PracticeTopic.Discovery;
        if (topicText is null)
        {
            Error(PracticeFields.Topic, "required.");
        }
        else if (!PracticeTopicParser.TryParse(topicText, out topic))
        {
            Error(PracticeFields.Topic, $"'{topicText}' is not a topic (one of {string.Join(", ", Enum.GetNames<PracticeTopic>())}).");
        }

        var status = PracticeStatus.Draft;
        if (Text(PracticeFields.Status) is { } statusText && !TryParseName(statusText, out status))
        {
            Error(PracticeFields.Status, $"'{statusText}' is not a status (one of {string.Join(", ", Enum.GetNames<PracticeStatus>())}).");
        }

        DealSizeBand? band = null;
        if (Text(PracticeFields.DealSizeBand) is { } bandText)
        {
            if (TryParseName<DealSizeBand>(bandText, out var parsed))
            {
                band = parsed;
            }
            else
            {
                Error(PracticeFields.DealSizeBand, $"'{bandText}' is not a deal size band (one of {string.Join(", ", Enum.GetNames<DealSizeBand>())}).");
            }
        }

        var stages = new List<SalesStage>();
        foreach (var stageText in List(PracticeFields.SalesStages))
        {
            if (SalesStageParser.TryParse(stageText, out var stage))
            {
                stages.Add(stage);
            }
            else
            {
                Error(PracticeFields.SalesStages, $"'{stageText}' is not a sales stage (one of Qualify, Develop, Propose, Close).");
            }
        }

        var competitorOutcomes = new List<CompetitorOutcome>();
        foreach (var line in List(PracticeFields.CompetitorOutcomes))
        {
            if (CompetitorOutcomesColumn.TryParseLine(line, out var outcome))
            {
                competitorOutcomes.Add(outcome!);
            }
            else
            {
                Error(PracticeFields.CompetitorOutcomes, $"'{line}' is not in the form 'Competitor: 7 won, 2 lost'.");
            }
        }

        var practice = new Practice
        {
            Title = title ?? string.Empty,
            Summary = Text(PracticeFields.Summary) ?? string.Empty,
            Body = Text(PracticeFields.Body) ?? string.Empty,
            Topic = topic,
            Status = status,
            Industries = List(PracticeFields.Industries),
            Regions = List(PracticeFields.Regions),
            ProductFamilies = List(PracticeFields.ProductFamilies),
            BuyerRoles = List(PracticeFields.BuyerRoles),
            Competitors = List(PracticeFields.Competitors),
            Keywords = List(PracticeFields.Keywords),
            DealSizeBand = band,
            SalesStages = stages.Distinct().OrderBy(s => s).ToList(),
            Version = Count(PracticeFields.Version, 1, 1),
            ReviewOnUtc = Date(PracticeFields.ReviewOn),
            ExpiresOnUtc = Date(PracticeFields.ExpiresOn),
            Effectiveness = new EffectivenessStats
            {
                AppliedWon = Count(PracticeFields.AppliedWon, 0, 0),
                AppliedLost = Count(PracticeFields.AppliedLost, 0, 0),
                BaselineWon = Count(PracticeFields.BaselineWon, 0, 0),
                BaselineLost = Count(PracticeFields.BaselineLost, 0, 0),
                AgainstCompetitors = competitorOutcomes,
            },
        };
        return errors.Count == before ? new ImportedPractice(key!, practice, record.Line) : null;
    }

    // A JSON array item holding ';' would be split in two when stored, so it is refused rather than changed.
    private static string? ItemProblem(string item) =>
        PracticeText.Problem(item, multiLine: false)
        ?? (item.Contains(';', StringComparison.Ordinal) ? $"'{item}' holds ';', which separates list items; give each item on its own." : null);

    // Names only, case-insensitive: a number is not a user's word for a status or band.
    private static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && !char.IsDigit(text.Trim()[0]) && Enum.IsDefined(value);

    private static int LineOf(RawPractice record, string field) => record.Fields.TryGetValue(field, out var f) ? f.Line : record.Line;
}
