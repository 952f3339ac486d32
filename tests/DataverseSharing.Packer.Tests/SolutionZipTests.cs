using System.IO.Compression;
using System.Text;

namespace DataverseSharing.Packer.Tests;

public sealed class SolutionZipTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "packer-tests-" + Guid.NewGuid().ToString("N"));

    public SolutionZipTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Unpack_PackedSolutionSrc_GivesTheSameFiles() => AssertRoundTrip(RepoPaths.SolutionSrc);

    [Fact]
    public void Unpack_PackedContosoFixture_GivesTheSameFiles() => AssertRoundTrip(ContosoFixture.CopyTo(_temp));

    [Fact]
    public void Pack_UnpackedManagedZip_GivesTheSameEntries()
    {
        var first = Entries(Pack(RepoPaths.SolutionSrc, SolutionPackageType.Managed));
        var folder = Path.Combine(_temp, "again");
        SolutionZip.Unpack(Pack(RepoPaths.SolutionSrc, SolutionPackageType.Managed), folder);
        var second = Entries(Pack(folder, SolutionPackageType.Managed));

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, e => Assert.True(e.Value.AsSpan().SequenceEqual(second[e.Key]), e.Key + " differs"));
    }

    [Fact]
    public void Pack_SolutionSrcManaged_WritesTheSolutionPackagerEntries()
    {
        var entries = Entries(Pack(RepoPaths.SolutionSrc, SolutionPackageType.Managed));
        Assert.Contains("[Content_Types].xml", entries.Keys);
        Assert.Contains("customapis/dvs_SuggestPractices/customapi.xml", entries.Keys);
        Assert.DoesNotContain(entries.Keys, n => n.StartsWith("Other/", StringComparison.Ordinal) || n.StartsWith("Entities/", StringComparison.Ordinal));
        Assert.Contains("<Managed>1</Managed>", Encoding.UTF8.GetString(entries["solution.xml"]), StringComparison.Ordinal);
        var customizations = Encoding.UTF8.GetString(entries["customizations.xml"]);
        Assert.Contains("<Role id=\"{1370be52-06d3-4311-ab70-a4eb9fb08e73}\"", customizations, StringComparison.Ordinal);
        Assert.Contains("<forms type=\"main\">", customizations, StringComparison.Ordinal);
        Assert.Contains("<SdkMessageProcessingStep Name=", customizations, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ContosoFixture_PutsEveryComponentInItsSection()
    {
        var entries = Entries(Pack(ContosoFixture.CopyTo(_temp), SolutionPackageType.Unmanaged));
        var customizations = Encoding.UTF8.GetString(entries["customizations.xml"]);
        Assert.Contains("<Managed>0</Managed>", Encoding.UTF8.GetString(entries["solution.xml"]), StringComparison.Ordinal);
        Assert.Contains("<WebResources>", customizations, StringComparison.Ordinal);
        Assert.Contains("<AppModules>", customizations, StringComparison.Ordinal);
        Assert.Contains("<AppModuleSiteMaps>", customizations, StringComparison.Ordinal);
        Assert.Contains("<PluginAssembly FullName=\"Contoso.Plugins", customizations, StringComparison.Ordinal);
        Assert.Contains("<SdkMessageProcessingStepImage Name=\"PreImage\">", customizations, StringComparison.Ordinal);
        Assert.Contains("<RibbonDiffXml", customizations, StringComparison.Ordinal);
        Assert.Contains("WebResources/contoso_/scripts/project.js", entries.Keys);
        Assert.Contains(ContosoFixture.AssemblyPath, entries.Keys);
        Assert.Contains("environmentvariabledefinitions/contoso_ApiUrl/environmentvariabledefinition.xml", entries.Keys);
    }

    [Fact]
    public void Pack_ManagedVariant_StandsInForTheFileOnlyWhenManaged()
    {
        var folder = ContosoFixture.CopyTo(_temp);
        var form = Directory.GetFiles(Path.Combine(folder, "Entities", "contoso_Project", "FormXml", "main"))[0];
        File.WriteAllText(form[..^4] + "_managed.xml", File.ReadAllText(form).Replace("<FormPresentation>1</FormPresentation>", "<FormPresentation>0</FormPresentation>", StringComparison.Ordinal));

        var managed = Encoding.UTF8.GetString(Entries(Pack(folder, SolutionPackageType.Managed))["customizations.xml"]);
        var unmanaged = Encoding.UTF8.GetString(Entries(Pack(folder, SolutionPackageType.Unmanaged))["customizations.xml"]);
        Assert.Contains("<FormPresentation>0</FormPresentation>", managed, StringComparison.Ordinal);
        Assert.DoesNotContain("<FormPresentation>0</FormPresentation>", unmanaged, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_MalformedFile_NamesFileAndLine()
    {
        var folder = ContosoFixture.CopyTo(_temp);
        File.WriteAllText(Path.Combine(folder, "Roles", "Project Manager.xml"), "<?xml version=\"1.0\"?>\n<Role>\n  <Broken>\n</Role>\n");
        var error = Assert.Throws<PackerException>(() => Pack(folder, SolutionPackageType.Managed));
        Assert.StartsWith("Roles/Project Manager.xml: line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PackToFile_ExistingZip_IsReplacedWhole()
    {
        var zip = Path.Combine(_temp, "s.zip");
        File.WriteAllText(zip, "old");
        SolutionZip.PackToFile(RepoPaths.SolutionSrc, zip, SolutionPackageType.Managed);
        Assert.Contains("solution.xml", Entries(File.OpenRead(zip)).Keys);
        Assert.Single(Directory.GetFiles(_temp));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("/etc/evil.txt")]
    [InlineData("WebResources/../../evil.txt")]
    [InlineData("C:/evil.txt")]
    public void Unpack_EntryOutsideTheFolder_IsRefusedAndWritesNothing(string entry)
    {
        var zip = Zip(("solution.xml", "<ImportExportXml />"), ("customizations.xml", "<ImportExportXml />"), (entry, "x"));
        var folder = Path.Combine(_temp, "target");
        var error = Assert.Throws<PackerException>(() => SolutionZip.Unpack(zip, folder));
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void Unpack_TooManyEntries_IsRefused()
    {
        var zip = Zip(("solution.xml", "<ImportExportXml />"), ("customizations.xml", "<ImportExportXml />"), ("a.txt", "a"));
        var error = Assert.Throws<PackerException>(() => SolutionZip.Unpack(zip, Path.Combine(_temp, "t"), new ZipLimits(2, 1000, 1000)));
        Assert.Contains("3 entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpack_EntryLargerThanTheLimit_IsRefusedAsABomb()
    {
        var zip = Zip(("solution.xml", "<ImportExportXml />"), ("customizations.xml", "<ImportExportXml />"), ("big.bin", new string('0', 100_000)));
        var error = Assert.Throws<PackerException>(() => SolutionZip.Unpack(zip, Path.Combine(_temp, "t"), new ZipLimits(10, 10_000, 1_000_000)));
        Assert.Contains("big.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solution.xml")]
    [InlineData("customizations.xml")]
    public void Unpack_MissingManifest_IsRefused(string missing)
    {
        var entries = new[] { ("solution.xml", "<ImportExportXml />"), ("customizations.xml", "<ImportExportXml />") }.Where(e => e.Item1 != missing).ToArray();
        var error = Assert.Throws<PackerException>(() => SolutionZip.Unpack(Zip(entries), Path.Combine(_temp, "t")));
        Assert.StartsWith(missing + ": missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpack_MalformedCustomizations_NamesEntryAndLineAndKeepsTheFolder()
    {
        var folder = Path.Combine(_temp, "keep");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mine.txt"), "kept");
        var zip = Zip(("solution.xml", "<ImportExportXml />"), ("customizations.xml", "<ImportExportXml>\n<Entities>\n</ImportExportXml>"));

        var error = Assert.Throws<PackerException>(() => SolutionZip.Unpack(zip, folder));
        Assert.StartsWith("customizations.xml: line 3", error.Message, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(folder, "mine.txt")));
    }

    private void AssertRoundTrip(string source)
    {
        var before = SolutionZip.ReadFolder(source);
        var target = Path.Combine(_temp, "out-" + Guid.NewGuid().ToString("N"));
        SolutionZip.Unpack(Pack(source, SolutionPackageType.Unmanaged), target);

        var after = SolutionZip.ReadFolder(target);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} differs after pack and unpack");
        }
    }

    private static MemoryStream Pack(string folder, SolutionPackageType type)
    {
        var zip = new MemoryStream();
        SolutionZip.Pack(folder, zip, type);
        zip.Position = 0;
        return zip;
    }

    private static SortedDictionary<string, byte[]> Entries(Stream zip)
    {
        using (zip)
        {
            return SolutionZip.ReadZip(zip, ZipLimits.Default);
        }
    }

    private static MemoryStream Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        stream.Position = 0;
        return stream;
    }
}
