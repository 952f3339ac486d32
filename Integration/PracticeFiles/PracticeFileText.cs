using DataverseSharing.Integration.Files;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>The text of a practice file, decoded by the console's one strict decoder (<see cref="TextFileDecoder"/>).</summary>
public static class PracticeFileText
{
    /// <exception cref="PracticeFileException">The bytes are not text in an encoding a practice file may use.</exception>
    public static string Decode(string file, ReadOnlySpan<byte> bytes) =>
        TextFileDecoder.TryDecode(bytes, out var text, out var line, out var problem)
            ? text
            : throw new PracticeFileException(new PracticeFileError(file, line, null, null, problem));
}
