using DataverseSharing.LocalDataverse.Tests.Solution;

namespace DataverseSharing.LocalDataverse.Tests.Security;

/// <summary>
/// The solution's role files must be what Dataverse imports: each Roles/*.xml validated against the published
/// schema (CustomizationsSolution.xsd 9.0.0.2090) inside the Roles element of customizations.xml it is packed into.
/// </summary>
public class RoleSchemaValidationTests
{
    public static TheoryData<string> RoleFiles() =>
        new(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SolutionSource, "Roles"), "*.xml")
            .Select(f => "Roles/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RoleFiles))]
    public void RoleXml_InsideCustomizations_IsValid(string file)
    {
        var errors = Validate(File.ReadAllText(Path.Combine(RepositoryPaths.SolutionSource, file)), file);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void RoleXml_LevelOutsideTheSchema_ReportsFileAndLine()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.SolutionSource, "Roles", "Practice Contributor.xml"));
        var line = text[..text.IndexOf("level=\"Global\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var errors = Validate(text.Replace("level=\"Global\"", "level=\"Organization\"", StringComparison.Ordinal), "Contributor.xml");

        Assert.NotEmpty(errors);
        Assert.StartsWith($"Contributor.xml({line}): Error:", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RoleXml_MissingId_IsAnError()
    {
        var errors = Validate("""<Role name="No Id"><RolePrivileges /></Role>""", "NoId.xml");

        Assert.Contains(errors, e => e.Contains("'id'", StringComparison.Ordinal));
    }

    // The role is wrapped on its first line (where the XML declaration was), so reported lines stay the file's.
    private static IReadOnlyList<string> Validate(string text, string file)
    {
        var body = text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..] : text;
        return SolutionSchema.ValidateDocument("<ImportExportXml><Roles>" + body + "</Roles></ImportExportXml>", file).Errors;
    }
}
