using System.Text;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Reads the CSV form (RFC 4180: comma-separated, double quotes around fields with commas, quotes or line breaks,
/// "" for a quote). The first row names the columns; lists are semicolon-separated inside a cell.
/// </summary>
public static class CsvPracticeReader
{
    public static IReadOnlyList<RawPractice> Read(string file, TextReader reader)
    {
        var rows = Rows(file, reader).ToList();
        if (rows.Count == 0)
        {
            throw new PracticeFileException(new PracticeFileError(file, 1, null, null, "the file is empty; the first row must name the columns."));
        }

        var header = rows[0].Cells;
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

        var records = new List<RawPractice>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            if (cells.Count == 1 && cells[0].Length == 0)
            {
                continue;
            }

            if (cells.Count != columns.Length)
            {
                var key = columns.Length > 0 && Array.IndexOf(columns, PracticeFields.Key) is var k && k >= 0 && k < cells.Count ? cells[k] : null;
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

            records.Add(new RawPractice(line, fields));
        }

        return records;
    }

    // Yields each record with the line it starts on; quoted fields may span lines.
    private static IEnumerable<(int Line, List<string> Cells)> Rows(string file, TextReader reader)
    {
        var line = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var start = 1;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        cell.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    cell.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case '"':
                    throw new PracticeFileException(new PracticeFileError(file, line, null, null, "a quote inside an unquoted value; put the value in double quotes and double the quote."));
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return (start, cells);
                    cells = new List<string>();
                    line++;
                    start = line;
                    any = false;
                    break;
                default:
                    cell.Append(ch);
                    break;
            }
        }

        if (quoted)
        {
            throw new PracticeFileException(new PracticeFileError(file, start, null, null, "a quoted value is not closed before the end of the file."));
        }

        if (any)
        {
            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
