using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>Reads and validates a whole practice file; the format comes from the extension (.json, .csv).</summary>
public static class PracticeFileReader
{
    public static (IReadOnlyList<ImportedPractice> Valid, IReadOnlyList<PracticeFileError> Errors) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw CliException.NotFound($"The practice file '{path}' does not exist.");
        }

        var format = FormatOf(path);
        var name = Path.GetFileName(path);
        var text = PracticeFileText.Decode(name, File.ReadAllBytes(path));
        var records = format == PracticeFileFormat.Json ? JsonPracticeReader.Read(name, new StringReader(text)) : CsvPracticeReader.Read(name, text);
        var errors = new List<PracticeFileError>();
        var valid = new List<ImportedPractice>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            if (record.Key is { Length: > 0 } key && seen.TryGetValue(key, out var first))
            {
                errors.Add(new PracticeFileError(name, record.Line, PracticeFields.Key, key, $"the key already appears on line {first}; each key once per file."));
                continue;
            }

            if (record.Key is { Length: > 0 } k)
            {
                seen[k] = record.Line;
            }

            if (PracticeRecordValidator.Validate(name, record, errors) is { } practice)
            {
                valid.Add(practice);
            }
        }

        return (valid, errors);
    }

    public static PracticeFileFormat FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => PracticeFileFormat.Json,
        ".CSV" => PracticeFileFormat.Csv,
        _ => throw CliException.Usage($"'{path}': the extension must be .json or .csv."),
    };
}
