using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Faults;
using DataverseSharing.Testing.Files;
using DataverseSharing.Testing.Solutions;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// `solution pack`: issue 14's Done-when on the repository's Solution/src (a managed zip whose customizations.xml
/// validates, that unpacks and packs again to the same files, whose steps match the declarations), and refusals
/// that leave an existing zip as it was.
/// </summary>
public sealed class SolutionPackCommandTests : IDisposable
{
    private readonly TemporaryFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Pack_ManagedWithoutFolderOrOutput_WritesTheManagedZipInTheCurrentFolder()
    {
        // As an admin runs it inside the clone: the console finds Solution/src above the current folder (here a
        // folder of its own under the test output, inside the repository).
        var current = Path.Combine(AppContext.BaseDirectory, "pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(current);
        var zip = Path.Combine(current, "DataverseSharing_managed.zip");
        try
        {
            var run = ChildProcessKiller.DotNet(ConsoleProcess.AssemblyPath, "solution", "pack", "--managed").In(current).RunToEnd();

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Contains($"Wrote the managed solution {zip}.", run.Output, StringComparison.Ordinal);
            var entries = ZipEntries.Read(zip);
            Assert.Contains("<Managed>1</Managed>", ZipEntries.Text(entries, "solution.xml"), StringComparison.Ordinal);
            Assert.Contains("[Content_Types].xml", entries.Files.Keys);
            Assert.Equal(new[] { zip }, Directory.GetFiles(current));
        }
        finally
        {
            Directory.Delete(current, recursive: true);
        }
    }

    [Fact]
    public void Pack_Managed_CustomizationsValidateAndTheStepsMatchTheDeclarations()
    {
        var zip = temp.File("DataverseSharing_managed.zip");
        var unpacked = temp.File("unpacked");
        var repacked = temp.File("repacked.zip");

        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--managed", "--output", zip).ExitCode);
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("unpack", "--zipfile", zip, "--folder", unpacked).ExitCode);
        var check = SolutionRun.Run("check", "--folder", unpacked);
        var steps = SolutionRun.Run("sync-registrations", "--check", "--folder", unpacked);
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--unmanaged", "--folder", unpacked, "--output", repacked).ExitCode);

        // The check validates the customizations.xml it packs from the folder: the zip's own, byte for byte.
        Assert.True(check.ExitCode == ExitCodes.Success, check.Error);
        Assert.Equal(ZipEntries.Read(zip).Files["customizations.xml"], ZipEntries.Read(repacked).Files["customizations.xml"]);
        Assert.True(steps.ExitCode == ExitCodes.Success, steps.Output + steps.Error);
        Assert.Contains("match the declarations", steps.Output, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(unpacked, "SdkMessageProcessingSteps")));
    }

    [Fact]
    public void Pack_UnpackedManagedZipAgain_GivesTheSameFiles()
    {
        var zip = temp.File("first.zip");
        var again = temp.File("again.zip");
        var unpacked = temp.File("unpacked");

        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--managed", "--output", zip).ExitCode);
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("unpack", "--zipfile", zip, "--folder", unpacked).ExitCode);
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--managed", "--folder", unpacked, "--output", again).ExitCode);

        var first = ZipEntries.Read(zip);
        Assert.Empty(first.Differences(ZipEntries.Read(again)));
        Assert.Contains("customapis/dvs_SuggestPractices/customapi.xml", first.Files.Keys);
        Assert.Contains(first.Files.Keys, k => k.EndsWith(".nupkg", StringComparison.Ordinal));
        Assert.Contains(first.Files.Keys, k => k.StartsWith("WebResources/", StringComparison.Ordinal) && k.EndsWith(".js", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_Both_WritesTheUnmanagedZipAndTheManagedOneWithItsSuffix()
    {
        var result = SolutionRun.Run("pack", "--both", "--folder", SolutionRun.StagedSolution, "--output", temp.File("Sharing.zip"));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("<Managed>0</Managed>", ZipEntries.Text(ZipEntries.Read(temp.File("Sharing.zip")), "solution.xml"), StringComparison.Ordinal);
        Assert.Contains("<Managed>1</Managed>", ZipEntries.Text(ZipEntries.Read(temp.File("Sharing_managed.zip")), "solution.xml"), StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(temp.Path).Length);
    }

    [Theory]
    [InlineData]
    [InlineData("--managed", "--unmanaged")]
    public void Pack_NotExactlyOneType_Exit1WritingNothing(params string[] types)
    {
        var result = SolutionRun.Run(["pack", .. types, "--folder", SolutionRun.StagedSolution, "--output", temp.File("s.zip")]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("exactly one of --managed, --unmanaged or --both", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Pack_MissingFolder_Exit3NamingItAndWritingNothing()
    {
        var missing = temp.File("no-such-src");

        var result = SolutionRun.Run("pack", "--managed", "--folder", missing, "--output", temp.File("s.zip"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Pack_MalformedXml_Exit3NamingFileAndLineAndTheExistingZipIsKept()
    {
        var folder = temp.CopyOf(SolutionRun.StagedSolution, "src");
        var zip = temp.File("s.zip");
        Assert.Equal(ExitCodes.Success, SolutionRun.Run("pack", "--managed", "--folder", folder, "--output", zip).ExitCode);
        var before = File.ReadAllBytes(zip);
        File.WriteAllText(Path.Combine(folder, "Roles", "Practice Approver.xml"), "<?xml version=\"1.0\"?>\n<Role>\n  <RolePrivileges>\n</Role>\n");

        var result = SolutionRun.Run("pack", "--managed", "--folder", folder, "--output", zip);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Roles/Practice Approver.xml: line 4", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(zip));
        Assert.Equal(new[] { zip }, Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Pack_ComponentNamingAMissingFile_Exit3NamingTheFile()
    {
        var folder = temp.CopyOf(SolutionRun.StagedSolution, "src");
        var script = Directory.GetFiles(Path.Combine(folder, "WebResources"), "*.js", SearchOption.AllDirectories).First();
        File.Delete(script);

        var result = SolutionRun.Run("pack", "--unmanaged", "--folder", folder, "--output", temp.File("s.zip"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(Path.GetFileName(script), result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("s.zip")));
    }

    [Fact]
    public void Pack_OverAnExistingZip_ReplacesItWholeLeavingNoTemporaryFile()
    {
        var zip = temp.File("s.zip");
        File.WriteAllText(zip, "an older zip");

        var result = SolutionRun.Run("pack", "--managed", "--folder", SolutionRun.StagedSolution, "--output", zip);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("solution.xml", ZipEntries.Read(zip).Files.Keys);
        Assert.Equal(new[] { zip }, Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Pack_OutputIsAFolder_Exit3LeavingTheFolderAlone()
    {
        var output = temp.File("out.zip");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "mine.txt"), "kept");

        var result = SolutionRun.Run("pack", "--managed", "--folder", SolutionRun.StagedSolution, "--output", output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(output, "mine.txt")));
    }
}
