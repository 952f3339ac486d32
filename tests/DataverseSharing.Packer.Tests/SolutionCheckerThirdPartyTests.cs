namespace DataverseSharing.Packer.Tests;

/// <summary>`solution check` on other publishers' solutions (tests/Samples): clean as they are, and a step gone astray is found.</summary>
public sealed class SolutionCheckerThirdPartyTests : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "checker-3p-" + Guid.NewGuid().ToString("N"));

    public SolutionCheckerThirdPartyTests() => Directory.CreateDirectory(temp);

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static string SchemaFolder => Path.Combine(AppContext.BaseDirectory, "schemas", "9.0.0.2090");

    [Fact]
    public void Check_PluginAssemblySolution_HasNoProblems() =>
        Assert.Empty(SolutionChecker.Check(SampleSolutions.PluginAssemblySolution(temp), SchemaFolder));

    [Fact]
    public void Check_PluginPackageSolution_HasNoProblems() =>
        Assert.Empty(SolutionChecker.Check(SampleSolutions.PluginPackageSolution(temp), SchemaFolder));

    [Fact]
    public void Check_PluginPackageWithoutItsNupkg_ReportsThePackageFile()
    {
        var folder = SampleSolutions.PluginPackageSolution(temp);
        File.Delete(Path.Combine(folder, SampleSolutions.PackageNupkg));

        var problems = SolutionChecker.Check(folder, SchemaFolder);

        Assert.Contains(problems, p => p.File == "pluginpackages/contoso_ContosoPackage/pluginpackage.xml" && p.Message.Contains("is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_StepOnATypeTheAssemblyLacks_ReportsTheStep()
    {
        var folder = SampleSolutions.PluginAssemblySolution(temp);
        var step = Directory.GetFiles(Path.Combine(folder, "SdkMessageProcessingSteps")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(step, File.ReadAllText(step).Replace("ContosoPlugins.WidgetPlugin,", "ContosoPlugins.Missing,", StringComparison.Ordinal));

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));

        Assert.Equal("SdkMessageProcessingSteps/" + Path.GetFileName(step), problem.File);
        Assert.Contains("ContosoPlugins.Missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CustomApiWhoseNameDiffersFromItsFolder_ReportsIt()
    {
        var folder = ContosoFixture.CopyTo(temp);
        var api = Path.Combine(folder, "customapis", "contoso_Recalculate", "customapi.xml");
        File.WriteAllText(api, File.ReadAllText(api).Replace("uniquename=\"contoso_Recalculate\"", "uniquename=\"contoso_Other\"", StringComparison.Ordinal));

        var problem = Assert.Single(SolutionChecker.Check(folder, SchemaFolder));

        Assert.Equal("customapis/contoso_Recalculate/customapi.xml", problem.File);
        Assert.Contains("differs from its folder", problem.Message, StringComparison.Ordinal);
    }
}
