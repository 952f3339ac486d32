using DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>
/// The third-party sample solution (tests/Samples/ContosoSolution) against Microsoft's published schema, wherever
/// the schema covers a file: customizations.xml, the table, the assembly's data file and the steps. (There is no
/// schema for solution.xml or for environment variable definitions.)
/// </summary>
public sealed class ContosoSampleSchemaTests
{
    public static TheoryData<string> Steps() => new(StepFiles());

    [Fact]
    public void Customizations_Sample_IsValid() =>
        AssertValid(SolutionSchema.ValidateDocument(Read("Other/Customizations.xml"), "Other/Customizations.xml"));

    [Fact]
    public void EntityXml_Sample_IsValid() =>
        AssertValid(SolutionSchema.ValidateEntity(Read("Entities/contoso_Widget/Entity.xml"), "Entities/contoso_Widget/Entity.xml"));

    [Fact]
    public void PluginAssemblyData_Sample_IsValid()
    {
        var file = Relative(Directory.EnumerateFiles(Path.Combine(ContosoSample.SolutionFolder, "PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories).Single());
        AssertValid(SolutionSchema.ValidatePluginAssembly(Read(file), file));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void StepXml_Sample_IsValid(string file) => AssertValid(SolutionSchema.ValidateStep(Read(file), file));

    [Fact]
    public void StepXml_ElementOutOfOrder_IsReported()
    {
        var file = StepFiles()[0];
        var broken = Read(file).Replace("<Mode>0</Mode>", string.Empty, StringComparison.Ordinal).Replace("<Stage>", "<Mode>0</Mode><Stage>", StringComparison.Ordinal);

        Assert.NotEmpty(SolutionSchema.ValidateStep(broken, file).Errors);
    }

    private static string[] StepFiles() =>
        Directory.EnumerateFiles(Path.Combine(ContosoSample.SolutionFolder, "SdkMessageProcessingSteps"), "*.xml").Select(Relative).Order(StringComparer.Ordinal).ToArray();

    private static void AssertValid(ValidationResult result)
    {
        Assert.Empty(result.Errors);
        Assert.Empty(result.AllowListedFound);
    }

    private static string Read(string relative) => File.ReadAllText(Path.Combine(ContosoSample.SolutionFolder, relative));

    private static string Relative(string path) => Path.GetRelativePath(ContosoSample.SolutionFolder, path).Replace('\\', '/');
}
