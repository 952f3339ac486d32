using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Files;
using DataverseSharing.Testing.Solutions;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// `solution unpack`: a zip packed from the package's solution unpacks to its files, and a hostile or broken zip is
/// refused with a clear error that names the entry, writing nothing and leaving the folder there as it was.
/// </summary>
public sealed class SolutionUnpackCommandTests : IDisposable
{
    private const string Manifest = "<ImportExportXml><SolutionManifest><UniqueName>Hostile</UniqueName></SolutionManifest></ImportExportXml>";
    private readonly TemporaryFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Unpack_UnmanagedZipOfTheSolution_GivesItsFilesBack()
    {
        var zip = temp.File("s.zip");
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--unmanaged", "--folder", SolutionRun.StagedSolution, "--output", zip).ExitCode);

        var result = SolutionRun.Run("unpack", "--zipfile", zip, "--folder", temp.File("src"));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains($"Unpacked {zip} into {temp.File("src")}.", result.Output, StringComparison.Ordinal);
        Assert.Empty(FolderSnapshot.Read(SolutionRun.StagedSolution).Differences(FolderSnapshot.Read(temp.File("src"))));
    }

    [Fact]
    public void Unpack_OverAnExistingFolder_ReplacesItAsAWhole()
    {
        var zip = temp.File("s.zip");
        var folder = temp.CopyOf(SolutionRun.StagedSolution, "src");
        File.WriteAllText(Path.Combine(folder, "stray.txt"), "not in the zip");
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--managed", "--folder", SolutionRun.StagedSolution, "--output", zip).ExitCode);

        var result = SolutionRun.Run("unpack", "--zipfile", zip, "--folder", folder);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.False(File.Exists(Path.Combine(folder, "stray.txt")));
        Assert.Equal(new[] { folder }, Directory.GetDirectories(temp.Path));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("WebResources/../../../evil.txt")]
    [InlineData("/tmp/evil.txt")]
    [InlineData("..\\evil.txt")]
    public void Unpack_ZipSlipEntry_Exit3NamingTheEntryAndWritingNothing(string entry)
    {
        var zips = temp.File("zips");
        Directory.CreateDirectory(zips);
        var zip = Path.Combine(zips, "hostile.zip");
        ZipEntries.Write(zip, ("solution.xml", Manifest), ("customizations.xml", "<ImportExportXml />"), (entry, "owned"));
        var folder = Path.Combine(temp.Path, "work", "src");

        var result = SolutionRun.Run("unpack", "--zipfile", zip, "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"zip entry '{entry}'", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "work")));
        Assert.Equal(new[] { zips }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Unpack_NotAZip_Exit3SayingSoAndKeepingTheFolder()
    {
        var folder = Existing();
        var notZip = temp.File("notes.zip");
        File.WriteAllText(notZip, "these are notes, not a zip");

        var result = SolutionRun.Run("unpack", "--zipfile", notZip, "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{notZip}: the file is not a zip", result.Error, StringComparison.Ordinal);
        AssertUntouched(folder);
    }

    [Fact]
    public void Unpack_MissingZip_Exit2NamingIt()
    {
        var folder = Existing();

        var result = SolutionRun.Run("unpack", "--zipfile", temp.File("gone.zip"), "--folder", folder);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains(temp.File("gone.zip") + ": no such file", result.Error, StringComparison.Ordinal);
        AssertUntouched(folder);
    }

    [Fact]
    public void Unpack_MalformedCustomizations_Exit3NamingEntryAndLineAndKeepingTheFolder()
    {
        var folder = Existing();
        var zip = temp.File("broken.zip");
        ZipEntries.Write(zip, ("solution.xml", Manifest), ("customizations.xml", "<ImportExportXml>\n  <Entities>\n    <Entity>\n</ImportExportXml>\n"));

        var result = SolutionRun.Run("unpack", "--zipfile", zip, "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("customizations.xml: line 4", result.Error, StringComparison.Ordinal);
        AssertUntouched(folder);
    }

    [Fact]
    public void Unpack_ZipWithoutSolutionXml_Exit3SayingItIsNotASolution()
    {
        var folder = Existing();
        var zip = temp.File("other.zip");
        ZipEntries.Write(zip, ("customizations.xml", "<ImportExportXml />"), ("readme.txt", "hello"));

        var result = SolutionRun.Run("unpack", "--zipfile", zip, "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("solution.xml: missing from the zip; it is not a solution", result.Error, StringComparison.Ordinal);
        AssertUntouched(folder);
    }

    [Fact]
    public void Unpack_FolderIsAFile_Exit3LeavingTheFile()
    {
        var zip = temp.File("s.zip");
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--managed", "--folder", SolutionRun.StagedSolution, "--output", zip).ExitCode);
        var file = temp.File("src");
        File.WriteAllText(file, "a file");

        var result = SolutionRun.Run("unpack", "--zipfile", zip, "--folder", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("is a file", result.Error, StringComparison.Ordinal);
        Assert.Equal("a file", File.ReadAllText(file));
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length);
    }

    private string Existing()
    {
        var folder = temp.File("src");
        Directory.CreateDirectory(Path.Combine(folder, "Other"));
        File.WriteAllText(Path.Combine(folder, "Other", "Solution.xml"), "<ImportExportXml />");
        return folder;
    }

    private void AssertUntouched(string folder)
    {
        Assert.Equal("<ImportExportXml />", File.ReadAllText(Path.Combine(folder, "Other", "Solution.xml")));
        Assert.Single(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
        Assert.Single(Directory.GetDirectories(temp.Path));
    }
}
