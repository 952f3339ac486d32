using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Unicode;

namespace DataverseSharing.Integration.Files;

/// <summary>
/// Decodes a file's bytes as UTF-8 and refuses anything else, naming the line of the first invalid byte. The
/// framework's readers replace invalid bytes with U+FFFD without a word, which turns a Latin-1 "Café" into
/// "Caf\uFFFD" that then looks like valid input; a file is UTF-8 or it is refused.
/// </summary>
public static class StrictUtf8
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The text, without a leading byte-order mark; or false with an error naming the line.</summary>
    public static bool TryDecode(string file, ReadOnlySpan<byte> bytes, out string text, [NotNullWhen(false)] out FileError? error)
    {
        if (bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            // UTF-8 never needs more UTF-16 code units than bytes, so one call decodes all or stops at the first bad byte;
            // "not the final block" makes a character cut off by the end of the file NeedMoreData rather than InvalidData.
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: false);
            if (status == OperationStatus.Done)
            {
                text = new string(chars, 0, written);
                error = null;
                return true;
            }

            var before = bytes[..read];
            var line = before.Count((byte)'\n') + 1;
            var column = read - (before.LastIndexOf((byte)'\n') + 1) + 1;
            var problem = status == OperationStatus.NeedMoreData
                ? "not valid UTF-8: the file ends inside a character; save it as UTF-8."
                : string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 (byte 0x{bytes[read]:X2} at byte {column} of the line); save the file as UTF-8.");
            text = string.Empty;
            error = new FileError(file, line, null, problem);
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
