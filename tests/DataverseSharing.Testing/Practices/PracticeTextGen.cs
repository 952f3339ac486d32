using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace DataverseSharing.Testing.Practices;

/// <summary>
/// FsCheck generators of the texts a practice file may hold (docs/practice-files.md, "Characters"), weighted
/// toward what breaks CSV and JSON writers: formula starters, quotes, separators, every kind of line break,
/// non-ASCII and astral-plane characters. Each generator yields a value in the form import stores: trimmed.
/// </summary>
public static class PracticeTextGen
{
    /// <summary>The C0 and C1 control characters (and DEL) that no practice text may hold.</summary>
    public static readonly char[] IllegalControls = Enumerable.Range(0, 0xA0)
        .Select(c => (char)c)
        .Where(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r')
        .ToArray();

    // Fragments that a text may hold anywhere, on one line.
    private static readonly string[] Awkward =
    {
        "=", "+", "-", "@", "'", "''", "\"", "\"\"", ",", ";", " ", "  ", ":", "#", "\\", "{", "}", "[", "]",
        "é", "ß", "Ω", "中文", "\u00A0", "\u202E", "\uFEFF", "𝄞", "😀", "=HYPERLINK(\"x\")", "'=", "\"=1+1\"",
    };

    // Fragments only a multi-line text (summary, body) may hold.
    private static readonly string[] Breaks = { "\n", "\r\n", "\r", "\t", "\n\n", "\r\r\n" };

    /// <summary>A one-line text (key, title, list item): no tab or line break; <paramref name="noSemicolon"/> for list items.</summary>
    public static Gen<string> SingleLine(int maxLength, bool noSemicolon = false) =>
        Text(maxLength, Fragment(false), noSemicolon);

    /// <summary>A text that may span lines (summary, body).</summary>
    public static Gen<string> MultiLine(int maxLength) => Text(maxLength, Fragment(true), false);

    /// <summary>Whitespace import trims from around a value: spaces, tabs and line breaks of every kind.</summary>
    public static Gen<string> Padding() =>
        Gen.Frequency(
            (4, Gen.Constant(string.Empty)),
            (1, Gen.Elements(" ", "\t", "\n", "\r\n", "\r", " \t\r\n ", "\u00A0", "\u3000")));

    /// <summary>Any Unicode scalar value that is not a control character or U+FFFD: the BMP outside surrogates, and the astral planes.</summary>
    public static Gen<string> AnyScalar() =>
        Gen.Frequency(
            (3, Gen.Choose(0xA0, 0xD7FF)),
            (1, Gen.Choose(0xE000, 0xFFFF).Where(c => c != 0xFFFD)),
            (2, Gen.Choose(0x10000, 0x10FFFF)))
        .Select(char.ConvertFromUtf32);

    private static Gen<string> Fragment(bool multiLine)
    {
        var letters = Gen.Elements("a", "b", "Z", "0", "7", "x y", "Deal");
        var common = new[]
        {
            (5, letters),
            (4, Gen.Elements(Awkward)),
            (2, AnyScalar()),
            (1, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
        };
        return multiLine ? Gen.Frequency(common.Append((3, Gen.Elements(Breaks))).ToArray()) : Gen.Frequency(common);
    }

    private static Gen<string> Text(int maxLength, Gen<string> fragment, bool noSemicolon) =>
        from count in Gen.Choose(1, Math.Max(1, Math.Min(maxLength, 24)))
        from parts in fragment.ArrayOf(count)
        select Normalise(string.Concat(parts), maxLength, noSemicolon);

    // Cut to the limit without splitting a surrogate pair, then trim as import does; never empty.
    private static string Normalise(string text, int maxLength, bool noSemicolon)
    {
        if (noSemicolon)
        {
            text = text.Replace(";", ":", StringComparison.Ordinal);
        }

        if (text.Length > maxLength)
        {
            text = text.Substring(0, char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength);
        }

        text = text.Trim();
        return text.Length > 0 ? text : "k";
    }
}
