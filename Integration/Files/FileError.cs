namespace DataverseSharing.Integration.Files;

/// <summary>
/// A problem in an input file, printed as <c>&lt;file&gt;:&lt;line&gt;: field '&lt;field&gt;': &lt;problem&gt;</c>, the
/// format practice-file errors use (docs/practice-files.md), so every file the console reads reports alike.
/// </summary>
public sealed record FileError(string File, int Line, string? Field, string Problem)
{
    public override string ToString() => Field is null ? $"{File}:{Line}: {OneLine(Problem)}" : $"{File}:{Line}: field '{OneLine(Field)}': {OneLine(Problem)}";

    // A value quoted from the file may hold line breaks or control characters; the error stays one line.
    private static string OneLine(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }
    });
}
