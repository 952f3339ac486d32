namespace DataverseSharing.Packer.Tests;

/// <summary>The ribbon part of `solution check`: ids a RibbonDiff.xml refers to must be defined, on Solution/src's opportunity command bar.</summary>
public sealed class RibbonCheckerTests : IDisposable
{
    private const string Ribbon = "Entities/Opportunity/RibbonDiff.xml";
    private readonly string temp = Path.Combine(Path.GetTempPath(), "ribbon-tests-" + Guid.NewGuid().ToString("N"));

    public RibbonCheckerTests() => Directory.CreateDirectory(temp);

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static string SchemaFolder => Path.Combine(AppContext.BaseDirectory, "schemas", "9.0.0.2090");

    [Fact]
    public void Check_ButtonNamingAnUndefinedCommand_ReportsTheButtonLine()
    {
        var folder = CopyWith("Command=\"dvs.opportunity.TagAsPracticeSource.Command\" Sequence", "Command=\"dvs.opportunity.Gone.Command\" Sequence");

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));

        Assert.Equal(Ribbon, problem.File);
        Assert.Equal(6, problem.Line);
        Assert.Contains("'dvs.opportunity.Gone.Command', which no <CommandDefinition> here defines", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CommandNamingAnUndefinedEnableRule_ReportsIt()
    {
        var folder = CopyWith("<EnableRule Id=\"dvs.opportunity.ClosedAndManager.EnableRule\" />", "<EnableRule Id=\"dvs.opportunity.Nowhere.EnableRule\" />");

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));

        Assert.Equal(Ribbon, problem.File);
        Assert.Contains("enable rule 'dvs.opportunity.Nowhere.EnableRule'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UndefinedLabel_ReportsIt()
    {
        var folder = CopyWith("ToolTipDescription=\"$LocLabels:dvs.opportunity.TagAsPracticeSource.ToolTip\"", "ToolTipDescription=\"$LocLabels:dvs.opportunity.Missing.ToolTip\"");

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));

        Assert.Contains("ToolTipDescription names the label 'dvs.opportunity.Missing.ToolTip'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LibraryOfTheSolutionsPrefixMissing_ReportsBothUses()
    {
        var folder = CopyWith("$webresource:dvs_/js/tagcommand.js", "$webresource:dvs_/js/gone.js");

        var problems = SolutionChecker.Check(folder, SchemaFolder);

        Assert.Equal(2, problems.Count(p => p.File == Ribbon && p.Message.Contains("'dvs_/js/gone.js', which is not in WebResources/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_PlatformCommandsAndOtherPublishersLibraries_AreNotReported()
    {
        var folder = CopyWith("$webresource:dvs_/js/tagcommand.js", "$webresource:msdyn_/Common.js");
        var ribbon = Path.Combine(folder, Ribbon);
        File.WriteAllText(ribbon, File.ReadAllText(ribbon).Replace("Command=\"dvs.opportunity.TagAsPracticeSource.Command\" Sequence", "Command=\"Mscrm.SavePrimary\" Sequence", StringComparison.Ordinal));

        Assert.Empty(SolutionChecker.Check(folder, SchemaFolder));
    }

    private string CopyWith(string from, string to)
    {
        var folder = Path.Combine(temp, "src");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SolutionSrc, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(RepoPaths.SolutionSrc, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var ribbon = Path.Combine(folder, Ribbon);
        var text = File.ReadAllText(ribbon);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(ribbon, text.Replace(from, to, StringComparison.Ordinal));
        return folder;
    }
}
