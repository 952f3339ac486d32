using System.Globalization;
using System.Text;

namespace DataverseSharing.Integration.Files;

/// <summary>
/// Turns the bytes of an input file (a practice file, a deal file) into text, strictly: UTF-8 (a byte-order mark is
/// accepted), or UTF-16 or UTF-32 with their byte-order mark. Anything else is refused naming the line and column,
/// instead of being read as replacement characters ("Caf\uFFFD") that would then be taken for the text. One decoder
/// for every file the console reads, so they all accept and refuse the same bytes.
/// </summary>
public static class TextFileDecoder
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    // UTF-32 little-endian's mark begins with UTF-16's, so it comes first.
    private static readonly (byte[] Bom, Encoding Strict, Encoding Lenient)[] Wide =
    {
        (new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, new UTF32Encoding(false, false, true), new UTF32Encoding(false, false, false)),
        (new byte[] { 0x00, 0x00, 0xFE, 0xFF }, new UTF32Encoding(true, false, true), new UTF32Encoding(true, false, false)),
        (new byte[] { 0xFF, 0xFE }, new UnicodeEncoding(false, false, true), new UnicodeEncoding(false, false, false)),
        (new byte[] { 0xFE, 0xFF }, new UnicodeEncoding(true, false, true), new UnicodeEncoding(true, false, false)),
    };

    /// <summary>The text; or false with the line of the first problem and what it is.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int line, out string problem)
    {
        foreach (var (bom, strict, lenient) in Wide)
        {
            if (bytes.StartsWith(bom))
            {
                return TryWide(bytes[bom.Length..], strict, lenient, out text, out line, out problem);
            }
        }

        return TryUtf8(bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes, out text, out line, out problem);
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text, out int line, out string problem)
    {
        // A NUL is valid UTF-8 but never text; most often the file is UTF-16 without its byte-order mark, so it is
        // looked for first (the text before it must still be valid UTF-8, or that is the first problem).
        var nul = bytes.IndexOf((byte)0);
        var valid = nul < 0 ? bytes : bytes[..nul];
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(valid);
        }
        catch (DecoderFallbackException e)
        {
            // The bytes before the bad one decoded cleanly, so decoding them again gives its line and column.
            (line, var column) = Position(Encoding.UTF8.GetString(valid[..e.Index]));
            var bad = valid[e.Index].ToString("X2", CultureInfo.InvariantCulture);
            problem = $"byte 0x{bad} at column {column} is not valid UTF-8; save the file as UTF-8 (it may be in a legacy encoding such as Windows-1252).";
            text = string.Empty;
            return false;
        }

        return nul < 0 ? Ok(out line, out problem) : NulIn(ref text, out line, out problem);
    }

    private static bool TryWide(ReadOnlySpan<byte> bytes, Encoding strict, Encoding lenient, out string text, out int line, out string problem)
    {
        try
        {
            text = strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // Only the line: where these decoders report a bad unit is not exact to the character.
            var unit = strict is UTF32Encoding ? 4 : 2;
            var before = bytes[..(Math.Min(bytes.Length, Math.Max(0, e.Index)) / unit * unit)];
            (line, _) = Position(lenient.GetString(before));
            problem = $"the text is not valid {strict.WebName.ToUpperInvariant()} (an unpaired surrogate, or a broken last character); save the file as UTF-8.";
            text = string.Empty;
            return false;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul < 0)
        {
            return Ok(out line, out problem);
        }

        text = text[..nul];
        return NulIn(ref text, out line, out problem);
    }

    private static bool Ok(out int line, out string problem)
    {
        line = 0;
        problem = string.Empty;
        return true;
    }

    private static bool NulIn(ref string before, out int line, out string problem)
    {
        (line, var column) = Position(before);
        problem = $"a NUL character at column {column}; the file is not UTF-8 text (UTF-16 needs its byte-order mark).";
        before = string.Empty;
        return false;
    }

    // Line and column just after the text: CR LF, LF and a lone CR each end a line, as the CSV and JSON readers count.
    private static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n')))
            {
                line++;
                start = i + 1;
            }
        }

        return (line, before.Length - start + 1);
    }
}
