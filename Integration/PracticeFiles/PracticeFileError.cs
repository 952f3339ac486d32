using System.Globalization;
using System.Text;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>A problem in a practice file, located by line, field and record key.</summary>
public sealed record PracticeFileError(string File, int Line, string? Field, string? Key, string Problem)
{
    /// <summary>
    /// One line: <c>file:line: record 'key': field 'name': problem</c>. A blank key is still shown (as <c>''</c>),
    /// and control characters and unpaired surrogates from the file are shown as \uXXXX, so a value can neither
    /// break the line nor send escape sequences to a terminal.
    /// </summary>
    public override string ToString()
    {
        var record = Key is null ? string.Empty : $" record '{Key}':";
        var field = Field is null ? string.Empty : $" field '{Field}':";
        return Printable($"{File}:{Line}:{record}{field} {Problem}");
    }

    private static string Printable(string text)
    {
        var shown = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                shown.Append(c).Append(text[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }
}
