using System.Globalization;
using System.Text;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Turns the bytes of a practice file into text, strictly: UTF-8 (a byte-order mark is accepted), or UTF-16 or
/// UTF-32 with their byte-order mark. Anything else is refused naming the line and column, instead of being read as
/// replacement characters ("Caf\uFFFD") that would then be imported as if they were the text.
/// </summary>
public static class PracticeFileText
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

    /// <exception cref="PracticeFileException">The bytes are not text in an encoding a practice file may use.</exception>
    public static string Decode(string file, ReadOnlySpan<byte> bytes)
    {
        foreach (var (bom, strict, lenient) in Wide)
        {
            if (bytes.StartsWith(bom))
            {
                return WideText(file, bytes[bom.Length..], strict, lenient);
            }
        }

        return Utf8(file, bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes);
    }

    private static string Utf8(string file, ReadOnlySpan<byte> bytes)
    {
        // A NUL is valid UTF-8 but never text; most often the file is UTF-16 without its byte-order mark, so it is
        // looked for first (the text before it must still be valid UTF-8, or that is the first problem).
        var nul = bytes.IndexOf((byte)0);
        var text = StrictUtf8(file, nul < 0 ? bytes : bytes[..nul]);
        return nul < 0 ? text : throw NulIn(file, text);
    }

    private static string StrictUtf8(string file, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // The bytes before the bad one decoded cleanly, so decoding them again gives its line and column.
            var (line, column) = Position(Encoding.UTF8.GetString(bytes[..e.Index]));
            var bad = bytes[e.Index].ToString("X2", CultureInfo.InvariantCulture);
            throw Refused(file, line, $"byte 0x{bad} at column {column} is not valid UTF-8; save the file as UTF-8 (it may be in a legacy encoding such as Windows-1252).");
        }
    }

    private static string WideText(string file, ReadOnlySpan<byte> bytes, Encoding strict, Encoding lenient)
    {
        try
        {
            var text = strict.GetString(bytes);
            var nul = text.IndexOf('\0', StringComparison.Ordinal);
            return nul < 0 ? text : throw NulIn(file, text[..nul]);
        }
        catch (DecoderFallbackException e)
        {
            // Only the line: where these decoders report a bad unit is not exact to the character.
            var unit = strict is UTF32Encoding ? 4 : 2;
            var before = bytes[..(Math.Min(bytes.Length, Math.Max(0, e.Index)) / unit * unit)];
            var (line, _) = Position(lenient.GetString(before));
            throw Refused(file, line, $"the text is not valid {strict.WebName.ToUpperInvariant()} (an unpaired surrogate, or a broken last character); save the file as UTF-8.");
        }
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

    private static PracticeFileException NulIn(string file, string before)
    {
        var (line, column) = Position(before);
        return Refused(file, line, $"a NUL character at column {column}; the file is not UTF-8 text (UTF-16 needs its byte-order mark).");
    }

    private static PracticeFileException Refused(string file, int line, string problem) =>
        new(new PracticeFileError(file, line, null, null, problem));
}
