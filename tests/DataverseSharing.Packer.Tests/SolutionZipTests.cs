using System.IO.Compression;

namespace DataverseSharing.Packer.Tests;

public sealed class SolutionZipTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "packer-tests-" + Guid.NewGuid().ToString("N"));

    public SolutionZipTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Unpack_PackedSolutionSrc_GivesTheSameFiles()
    {
        var source = SolutionZip.ReadFolder(RepoPaths.SolutionSrc);
        var zip = Pack(RepoPaths.SolutionSrc, SolutionPackageType.Unmanaged);
        var target = Path.Combine(_temp, "out");
        zip.Position = 0;
        SolutionZip.Unpack(zip, target);

        var result = SolutionZip.ReadFolder(target);
        Assert.Equal(source.Keys, result.Keys);
        foreach (var (path, bytes) in source)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(result[path]), $"{path} differs after pack and unpack");
        }
    }

    [Fact]
    public void Pack_SolutionSrcManaged_WritesTheSolutionPackagerEntries()
    {
        using var zip = Pack(RepoPaths.SolutionSrc, SolutionPackageType.Managed);
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("[Content_Types].xml", names);
        Assert.Contains("solution.xml", names);
        Assert.Contains("customizations.xml", names);
        Assert.Contains("customapis/dvs_SuggestPractices/customapi.xml", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Other/", StringComparison.Ordinal) || n.StartsWith("Entities/", StringComparison.Ordinal));
        using var reader = new StreamReader(archive.GetEntry("solution.xml")!.Open());
        Assert.Contains("<Managed>1</Managed>", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    private static MemoryStream Pack(string folder, SolutionPackageType type)
    {
        var zip = new MemoryStream();
        SolutionZip.Pack(folder, zip, type);
        zip.Position = 0;
        return zip;
    }
}
