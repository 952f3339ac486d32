using CsvHelper;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Reads the CSV form with CsvHelper (RFC 4180: comma-separated, double quotes around values with commas, quotes
/// or line breaks, "" for a quote). The first row names the columns; lists are semicolon-separated inside a cell;
/// a cell escaped against formulas (<see cref="CsvFormulaEscape"/>) loses its escape.
/// </summary>
public static class CsvPracticeReader
{
    public static IReadOnlyList<RawPractice> Read(string file, string text)
    {
        CsvMalformedRecord? malformed = null;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => malformed ??= record,
        };
        using var reader = CsvReader.FromText(text, options);
        var columns = Columns(file, reader.Headers);
        var records = new List<RawPractice>();
        while (true)
        {
            var more = reader.Read();

            // The reader skips a malformed record and reports it through the callback: the file is refused at its line.
            if (malformed is { } bad)
            {
                throw new PracticeFileException(new PracticeFileError(file, (int)bad.LineNumber, null, null, Problem(bad.Reason)));
            }

            if (!more)
            {
                break;
            }

            records.Add(Record(file, reader, columns));
        }

        return records;
    }

    private static string[] Columns(string file, IReadOnlyList<string> header)
    {
        if (header.Count == 0)
        {
            throw new PracticeFileException(new PracticeFileError(file, 1, null, null, "the file is empty; the first row must name the columns."));
        }

        var columns = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            columns[i] = PracticeFields.Canonical(header[i])
                ?? throw new PracticeFileException(new PracticeFileError(file, 1, header[i], null, $"unknown column (known: {string.Join(", ", PracticeFields.All)})."));
            if (Array.IndexOf(columns, columns[i], 0, i) >= 0)
            {
                throw new PracticeFileException(new PracticeFileError(file, 1, header[i], null, "the column appears twice."));
            }
        }

        return columns;
    }

    private static RawPractice Record(string file, CsvReader reader, string[] columns)
    {
        // LineNumber is where the record starts, also when a quoted value spans several lines.
        var line = (int)reader.LineNumber;
        var cells = Enumerable.Range(0, reader.FieldCount).Select(i => CsvFormulaEscape.Unprotect(reader.GetString(i) ?? string.Empty)).ToList();
        if (cells.Count != columns.Length)
        {
            var k = Array.IndexOf(columns, PracticeFields.Key);
            var key = k >= 0 && k < cells.Count ? cells[k] : null;
            throw new PracticeFileException(new PracticeFileError(file, line, null, key, $"{cells.Count} values, but the header has {columns.Length} columns."));
        }

        var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            var text = cells[i];
            fields[columns[i]] = PracticeFields.Lists.Contains(columns[i])
                ? new RawField(null, text.Split(';').Select(v => v.Trim()).Where(v => v.Length > 0).ToList(), line)
                : new RawField(text.Length == 0 ? null : text, null, line);
        }

        return new RawPractice(line, fields);
    }

    private static string Problem(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted value; put the value in double quotes and double the quote.",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a value; put the whole value in double quotes and double the quotes inside it.",
        CsvMalformedReason.UnterminatedQuote => "a quoted value is not closed before the end of the file.",
        _ => $"the row is not valid CSV ({reason}).",
    };
}
