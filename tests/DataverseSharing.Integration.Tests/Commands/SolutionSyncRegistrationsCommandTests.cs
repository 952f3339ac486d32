using DataverseSharing.Testing;
using DataverseSharing.Testing.Files;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// `solution sync-registrations`: Solution/src's step, plug-in package and custom API files (and the steps' root
/// components) are generated from the [PluginStep]/[CustomApi] declarations, and --check fails when they disagree.
/// </summary>
public sealed class SolutionSyncRegistrationsCommandTests : IDisposable
{
    private const string GuardUpdateStep = "SdkMessageProcessingSteps/{cf5b7baa-c1fa-4b25-b5b5-42c7c3091399}.xml";
    private const string ApiFile = "customapis/dvs_SuggestPractices/customapi.xml";
    private const string PackageFile = "pluginpackages/dvs_DataverseSharingPlugins/pluginpackage.xml";

    private readonly TemporaryFolder temp = new();

    // The drift test: the committed files are what the declarations generate. When it fails, run
    // `dotnet run --project Integration -- solution sync-registrations` and commit the result.
    [Fact]
    public void Check_RepositorySolution_FilesMatchTheDeclarations()
    {
        var result = Run("--check", "--folder", RepositoryPaths.SolutionSource);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Output + result.Error);
        Assert.Contains("match the declarations", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StepFileEdited_Exit3NamingTheFileAndChangingNothing()
    {
        var folder = Copy();
        var path = Path.Combine(folder, GuardUpdateStep);
        var edited = File.ReadAllText(path).Replace("<Rank>1</Rank>", "<Rank>7</Rank>", StringComparison.Ordinal);
        File.WriteAllText(path, edited);

        var result = Run("--check", "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{GuardUpdateStep} differs from the declarations", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("error: 1 registration file(s)", ErrorLine(result.Error), StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(path));
    }

    [Fact]
    public void Sync_EditedStepFile_RestoredFromTheDeclaration()
    {
        var folder = Copy();
        var path = Path.Combine(folder, GuardUpdateStep);
        File.WriteAllText(path, File.ReadAllText(path).Replace("<Mode>0</Mode>", "<Mode>1</Mode>", StringComparison.Ordinal));

        var result = Run("--folder", folder);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(Committed(GuardUpdateStep), File.ReadAllText(path));
        Assert.Equal(ExitCodes.Success, Run("--check", "--folder", folder).ExitCode);
    }

    [Fact]
    public void Sync_UndeclaredStepAndApiFiles_RemovedWithTheirRootComponent()
    {
        var folder = Copy();
        const string Stray = "SdkMessageProcessingSteps/{11111111-2222-4333-8444-555555555555}.xml";
        File.Copy(Path.Combine(folder, GuardUpdateStep), Path.Combine(folder, Stray));
        Directory.CreateDirectory(Path.Combine(folder, "customapis", "dvs_Gone"));
        File.WriteAllText(Path.Combine(folder, "customapis", "dvs_Gone", "customapi.xml"), "<customapi uniquename=\"dvs_Gone\" />");
        var manifest = Path.Combine(folder, "Other", "Solution.xml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("</RootComponents>",
            "  <RootComponent type=\"92\" id=\"{11111111-2222-4333-8444-555555555555}\" behavior=\"0\" />\n    </RootComponents>", StringComparison.Ordinal));

        var check = Run("--check", "--folder", folder);
        var result = Run("--folder", folder);

        Assert.Contains($"{Stray} is declared by nothing", check.Output, StringComparison.Ordinal);
        Assert.Contains("customapis/dvs_Gone/customapi.xml is declared by nothing", check.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder, Stray)));
        Assert.False(Directory.Exists(Path.Combine(folder, "customapis", "dvs_Gone")));
        Assert.Equal(Committed("Other/Solution.xml"), File.ReadAllText(manifest));
    }

    [Fact]
    public void Sync_FolderWithoutRegistrationFiles_WritesTheCommittedFilesAndRootComponents()
    {
        var folder = Copy();
        Directory.Delete(Path.Combine(folder, "SdkMessageProcessingSteps"), recursive: true);
        Directory.Delete(Path.Combine(folder, "customapis"), recursive: true);
        File.Delete(Path.Combine(folder, PackageFile));
        var manifest = Path.Combine(folder, "Other", "Solution.xml");
        File.WriteAllText(manifest, string.Join('\n', File.ReadAllText(manifest).Split('\n').Where(l => !l.Contains("type=\"92\"", StringComparison.Ordinal))));

        var result = Run("--folder", folder);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (var file in new[] { GuardUpdateStep, ApiFile, PackageFile, "Other/Solution.xml", "customapis/dvs_SuggestPractices/customapiresponseproperties/SuggestionsJson/customapiresponseproperty.xml" })
        {
            Assert.Equal(Committed(file), File.ReadAllText(Path.Combine(folder, file)));
        }

        Assert.Equal(ExitCodes.Success, Run("--check", "--folder", folder).ExitCode);
    }

    [Fact]
    public void Sync_NupkgOfThePackage_LeftAlone()
    {
        var folder = Copy();
        var nupkg = Path.Combine(folder, "pluginpackages", "dvs_DataverseSharingPlugins", "package", "dvs_DataverseSharingPlugins.nupkg");
        Directory.CreateDirectory(Path.GetDirectoryName(nupkg)!);
        File.WriteAllText(nupkg, "built by the Plugins build");

        var result = Run("--folder", folder);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("built by the Plugins build", File.ReadAllText(nupkg));
    }

    [Fact]
    public void Sync_FolderWithoutSolutionXml_Exit3NamingTheFile()
    {
        var folder = Copy();
        File.Delete(Path.Combine(folder, "Other", "Solution.xml"));
        File.Delete(Path.Combine(folder, GuardUpdateStep));

        var result = Run("--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: ", ErrorLine(result.Error), StringComparison.Ordinal);
        Assert.Contains(Path.Combine("Other", "Solution.xml") + " is missing", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, GuardUpdateStep)));
    }

    [Fact]
    public void Sync_MalformedSolutionXml_Exit3NamingFileAndLine()
    {
        var folder = Copy();
        File.WriteAllText(Path.Combine(folder, "Other", "Solution.xml"), "<ImportExportXml>\n<SolutionManifest>\n</ImportExportXml>");

        var result = Run("--check", "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Solution.xml(3): malformed XML", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static string Committed(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.SolutionSource, relativePath));

    // The solution's own files, without the build's nupkg, so a test can damage them.
    private string Copy()
    {
        var folder = temp.CopyOf(RepositoryPaths.SolutionSource, "src");
        var package = Path.Combine(folder, "pluginpackages", "dvs_DataverseSharingPlugins", "package");
        if (Directory.Exists(package))
        {
            Directory.Delete(package, recursive: true);
        }

        return folder;
    }

    private static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.RunAsync(CliRun.Context(output, error), ["solution", "sync-registrations", .. args]).GetAwaiter().GetResult();
        return new CliResult(code, output.ToString(), error.ToString());
    }

    // Warnings (a message without a documented sdkmessageid, say) may come first; the refusal is its one error line.
    private static string ErrorLine(string stderr) =>
        Assert.Single(stderr.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
}
