using CsvHelper;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Writes the CSV form with CsvHelper: every column of <see cref="PracticeFields.All"/>, RFC 4180 quoting, CRLF
/// line ends, lists joined with "; ", and every cell escaped against formulas (<see cref="CsvFormulaEscape"/>).
/// </summary>
public static class CsvPracticeWriter
{
    private static readonly CsvWriterOptions Options = new() { Separator = ',', NewLine = "\r\n", Quoting = CsvQuoting.WhenNeeded };

    /// <param name="records">Each record's cells by field name, as <see cref="PracticeFileWriter"/> formats them.</param>
    public static void Write(TextWriter output, IEnumerable<IReadOnlyDictionary<string, string>> records)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(PracticeFields.All);
        foreach (var record in records)
        {
            foreach (var field in PracticeFields.All)
            {
                csv.WriteField(CsvFormulaEscape.Protect(record[field]));
            }

            csv.EndRecord();
        }
    }
}
