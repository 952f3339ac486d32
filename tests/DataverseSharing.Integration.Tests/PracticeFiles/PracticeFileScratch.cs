using System.Text;
using DataverseSharing.Integration.PracticeFiles;
using DataverseSharing.Integration.Practices;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Integration.Tests.PracticeFiles;

/// <summary>
/// Practice files in a temporary folder, read and written with the real reader and writer, the way
/// <c>practices import</c> and <c>practices export --out</c> use them.
/// </summary>
public sealed class PracticeFileScratch : IDisposable
{
    private readonly TempOrg temp = new();
    private int files;

    public (IReadOnlyList<ImportedPractice> Valid, IReadOnlyList<PracticeFileError> Errors) Read(string name, string content) =>
        ReadBytes(name, new UTF8Encoding(false).GetBytes(content));

    public (IReadOnlyList<ImportedPractice> Valid, IReadOnlyList<PracticeFileError> Errors) ReadBytes(string name, byte[] content)
    {
        var path = temp.File(name);
        File.WriteAllBytes(path, content);
        return PracticeFileReader.Read(path);
    }

    /// <summary>Writes the practices as export does (UTF-8 without a byte-order mark) and returns the file's path.</summary>
    public string Write(IEnumerable<KeyedPractice> practices, PracticeFileFormat format)
    {
        var path = temp.File($"written-{++files}.{format.ToString().ToLowerInvariant()}");
        using (var writer = new StreamWriter(path))
        {
            PracticeFileWriter.Write(writer, practices.Select(p => new LibraryPractice(p.Practice, p.Key)).ToList(), format);
        }

        return path;
    }

    /// <summary>Writes the practices in CSV and returns the text of the file.</summary>
    public string WriteCsv(params KeyedPractice[] practices) => File.ReadAllText(Write(practices, PracticeFileFormat.Csv));

    public void Dispose() => temp.Dispose();
}
