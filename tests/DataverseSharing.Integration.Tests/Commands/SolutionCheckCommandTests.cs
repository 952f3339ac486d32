using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Files;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// `solution check`: the package's own Solution/src is clean (schemas, structure and declarations); each kind of
/// problem gives one error line naming the file and line, exit 3, and the check never writes to the folder.
/// </summary>
public sealed class SolutionCheckCommandTests : IDisposable
{
    private const string GuardUpdateStep = "SdkMessageProcessingSteps/{cf5b7baa-c1fa-4b25-b5b5-42c7c3091399}.xml";
    private const string Variable = "environmentvariabledefinitions/dvs_SuggestionCount/environmentvariabledefinition.xml";
    private readonly TemporaryFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Check_RepositorySolutionByDefault_Exit0WithNoProblems()
    {
        var result = SolutionRun.Run("check");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.EndsWith("no problems.", result.Output.Trim(), StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Check_StagedSolutionFolder_Exit0()
    {
        var result = SolutionRun.Run("check", "--folder", SolutionRun.StagedSolution);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
    }

    [Fact]
    public void Check_StepNamingAMissingPluginType_Exit3WithTheDocumentedLine()
    {
        var folder = Copy(out var before);
        Edit(folder, GuardUpdateStep, "DataverseSharing.Plugins.Guards.PracticeLifecycleGuard,", "DataverseSharing.Plugins.Guards.Gone,");

        var result = SolutionRun.Run("check", "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal(
            $"error: {GuardUpdateStep}:3: the plug-in type DataverseSharing.Plugins.Guards.Gone is in none of the solution's assemblies",
            Assert.Single(Lines(result.Error)));
        Assert.Equal(GuardUpdateStep, Assert.Single(before.Differences(FolderSnapshot.Read(folder))));
    }

    [Fact]
    public void Check_NumberVariableWithATextDefault_Exit3NamingFileAndLine()
    {
        var folder = Copy(out _);
        Edit(folder, Variable, "<defaultvalue>5</defaultvalue>", "<defaultvalue>five</defaultvalue>");

        var result = SolutionRun.Run("check", "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal($"error: {Variable}:2: the default 'five' of a Number variable is not a number", Assert.Single(Lines(result.Error)));
    }

    [Fact]
    public void Check_FormOutsideTheSchema_Exit3NamingThePackedLine()
    {
        var folder = Copy(out _);
        var form = Directory.GetFiles(Path.Combine(folder, "Entities", "dvs_BestPractice", "FormXml", "main"))[0];
        File.WriteAllText(form, File.ReadAllText(form).Replace("<tabs>", "<tabs><notatab />", StringComparison.Ordinal));

        var result = SolutionRun.Run("check", "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.Matches(@"^error: customizations\.xml \(packed\):[1-9][0-9]*: .*notatab", line);
    }

    [Fact]
    public void Check_RootComponentWithoutItsFile_Exit3NamingSolutionXml()
    {
        var folder = Copy(out _);
        Directory.Delete(Path.Combine(folder, "environmentvariabledefinitions"), recursive: true);

        var result = SolutionRun.Run("check", "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.StartsWith("error: Other/Solution.xml:", line, StringComparison.Ordinal);
        Assert.Contains("dvs_SuggestionCount", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MalformedXml_Exit3NamingFileAndLineAndChangingNothing()
    {
        var folder = Copy(out _);
        File.WriteAllText(Path.Combine(folder, "Roles", "Practice Contributor.xml"), "<?xml version=\"1.0\"?>\n<Role>\n\n  <RolePrivileges>\n</Role>\n");
        var before = FolderSnapshot.Read(folder);

        var result = SolutionRun.Run("check", "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Roles/Practice Contributor.xml: line 5", Assert.Single(Lines(result.Error)), StringComparison.Ordinal);
        Assert.Empty(before.Differences(FolderSnapshot.Read(folder)));
    }

    [Fact]
    public void Check_MissingFolder_Exit3NamingIt()
    {
        var missing = temp.File("nowhere");

        var result = SolutionRun.Run("check", "--folder", missing);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{missing}: no such folder", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Check_SchemaFolderWithoutTheSchemas_Exit3NamingIt()
    {
        var result = SolutionRun.Run("check", "--folder", SolutionRun.StagedSolution, "--schemas", temp.Path);

        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains(temp.Path, result.Error, StringComparison.Ordinal);
    }

    private string Copy(out FolderSnapshot before)
    {
        var folder = temp.CopyOf(SolutionRun.StagedSolution, "src");
        before = FolderSnapshot.Read(folder);
        return folder;
    }

    private static void Edit(string folder, string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
