namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Keeps a spreadsheet from running CSV cells as formulas (CSV injection), reversibly (docs/practice-files.md,
/// "Formulas"). Export puts a single quote before a cell that starts with a formula starter (<c>= + - @</c>, tab,
/// CR), as OWASP advises, and also before a cell that already starts with a quote; import removes one quote from
/// a cell that starts with a quote followed by a formula starter or another quote. So every text round-trips,
/// including one that really starts with <c>'=</c>.
/// </summary>
/// <remarks>
/// CsvHelper's own injection escape is not used: it leaves a cell that starts with a quote as it is, so its
/// output for <c>'=1</c> and for <c>=1</c> would be the same and import could not tell them apart.
/// </remarks>
public static class CsvFormulaEscape
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula.</summary>
    public const string FormulaStarters = "=+-@\t\r";

    private const char Quote = '\'';

    /// <summary>The cell to write for a text.</summary>
    public static string Protect(string text) =>
        text.Length > 0 && IsEscapable(text[0]) ? Quote + text : text;

    /// <summary>The text a cell that <see cref="Protect"/> may have written stands for.</summary>
    public static string Unprotect(string cell) =>
        cell.Length > 1 && cell[0] == Quote && IsEscapable(cell[1]) ? cell[1..] : cell;

    private static bool IsEscapable(char first) => first == Quote || FormulaStarters.Contains(first, StringComparison.Ordinal);
}
