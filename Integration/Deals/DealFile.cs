using System.Globalization;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Files;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// A deal described in a JSON file (docs/console.md, "suggest --from-file"), for deals not in the org yet. The
/// file must be UTF-8 and pass <see cref="DealFileReader"/>; otherwise each problem is printed on its own line and
/// the command fails with exit code 3 before anything is ranked.
/// </summary>
public static class DealFile
{
    /// <summary>Far above any real deal (its texts are at most a few thousand characters); stops a wrong path reading gigabytes.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static (string Name, DealContext Context) Read(string path, TextWriter errorOutput) => Read(path, errorOutput, DealFileLimits.Default);

    public static (string Name, DealContext Context) Read(string path, TextWriter errorOutput, DealFileLimits limits)
    {
        ArgumentNullException.ThrowIfNull(errorOutput);
        if (Directory.Exists(path))
        {
            throw CliException.NotFound($"'{path}' is a folder; --from-file takes a deal file (.json).");
        }

        if (!File.Exists(path))
        {
            throw CliException.NotFound($"The deal file '{path}' does not exist.");
        }

        var file = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw CliException.Invalid(string.Create(CultureInfo.InvariantCulture, $"{file}: {length:N0} bytes; a deal file is at most {MaxBytes:N0} bytes."));
        }

        if (!TextFileDecoder.TryDecode(File.ReadAllBytes(path), out var text, out var line, out var problem))
        {
            throw CliException.Invalid(new FileError(file, line, null, problem).ToString());
        }

        var result = DealFileReader.Read(file, text, Path.GetFileNameWithoutExtension(path), limits);
        if (result.Deal is null)
        {
            // A file that is not a JSON object at all is refused in one line, as an unreadable practice file is.
            if (result.Errors is [{ Field: null } whole])
            {
                throw CliException.Invalid(whole.ToString());
            }

            foreach (var error in result.Errors)
            {
                errorOutput.WriteLine("error: " + error);
            }

            throw CliException.Invalid($"{result.Errors.Count} problem(s) in {file}; nothing ranked (the deal file's fields: docs/console.md).");
        }

        return (result.Name, result.Deal);
    }
}
