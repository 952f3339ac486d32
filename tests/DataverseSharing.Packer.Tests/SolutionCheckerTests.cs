namespace DataverseSharing.Packer.Tests;

public sealed class SolutionCheckerTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "checker-tests-" + Guid.NewGuid().ToString("N"));

    public SolutionCheckerTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    // The schemas the Packer ships beside its assembly (Packer/Schemas).
    private static string SchemaFolder => Path.Combine(AppContext.BaseDirectory, "schemas", "9.0.0.2090");

    [Fact]
    public void Check_SolutionSrc_HasNoProblems() =>
        Assert.Empty(SolutionChecker.Check(RepoPaths.SolutionSrc, SchemaFolder));

    [Fact]
    public void Check_ContosoFixture_HasNoProblems() =>
        Assert.Empty(SolutionChecker.Check(ContosoFixture.CopyTo(_temp), SchemaFolder));

    [Fact]
    public void Check_StepNamingAMissingType_ReportsTheStepFile()
    {
        var folder = ContosoFixture.CopyTo(_temp);
        var step = Directory.GetFiles(Path.Combine(folder, "SdkMessageProcessingSteps"))[0];
        File.WriteAllText(step, File.ReadAllText(step).Replace("DataverseSharing.Packer.Tests.RepoPaths,", "Contoso.Plugins.Gone,", StringComparison.Ordinal));

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));
        Assert.StartsWith("SdkMessageProcessingSteps/", problem.File, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
        Assert.Contains("Contoso.Plugins.Gone", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RootComponentWithoutFile_ReportsSolutionXmlLine()
    {
        var folder = ContosoFixture.CopyTo(_temp);
        Directory.Delete(Path.Combine(folder, "environmentvariabledefinitions"), recursive: true);

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));
        Assert.Equal("Other/Solution.xml", problem.File);
        Assert.Contains("contoso_ApiUrl", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormBreakingTheSchema_ReportsThePackedLine()
    {
        var folder = ContosoFixture.CopyTo(_temp);
        var form = Directory.GetFiles(Path.Combine(folder, "Entities", "contoso_Project", "FormXml", "main"))[0];
        File.WriteAllText(form, File.ReadAllText(form).Replace("<tabs>", "<tabs><nonsense />", StringComparison.Ordinal));

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));
        Assert.Equal("customizations.xml (packed)", problem.File);
        Assert.True(problem.Line > 0);
        Assert.Contains("nonsense", problem.Message, StringComparison.Ordinal);
    }
}
