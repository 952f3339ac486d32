using System.Buffers;
using System.Globalization;
using System.Text;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Which characters a practice text may hold (docs/practice-files.md, "Characters"): any Unicode character but
/// the control characters and U+FFFD; tabs and line breaks only in the texts that may span lines (summary and
/// body). A character that is not allowed is an error, never dropped or replaced, so what is imported is what was
/// written.
/// </summary>
public static class PracticeText
{
    /// <summary>Null when <paramref name="text"/> is allowed, else the problem with the first character that is not.</summary>
    public static string? Problem(string text, bool multiLine)
    {
        var span = text.AsSpan();
        for (var at = 0; at < span.Length;)
        {
            if (Rune.DecodeFromUtf16(span[at..], out var rune, out var length) != OperationStatus.Done)
            {
                return $"an unpaired surrogate U+{(int)span[at]:X4} at character {Position(at)}; the text is not valid Unicode.";
            }

            if (rune.Value is '\t' or '\r' or '\n')
            {
                if (!multiLine)
                {
                    return $"a {(rune.Value == '\t' ? "tab" : "line break")} at character {Position(at)}; this field is one line (only summary and body may hold tabs and line breaks).";
                }
            }
            else if (Rune.IsControl(rune))
            {
                return $"control character U+{rune.Value:X4} at character {Position(at)} is not allowed in a practice text.";
            }
            else if (rune == Rune.ReplacementChar)
            {
                // What a decoder leaves for text it could not read (the JSON parser too, for an escaped half of a
                // surrogate pair): the text was damaged before it got here, and importing it would keep the damage.
                return $"U+FFFD, the replacement character, at character {Position(at)}: the text was damaged by an earlier conversion; fix it at its source.";
            }

            at += length;
        }

        return null;
    }

    private static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
