using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>The package's forms: valid for import, and bound only to columns their table has.</summary>
public class FormTests
{
    public static TheoryData<string> FormFiles() => new(Forms().Select(f => f.File));

    [Theory]
    [MemberData(nameof(FormFiles))]
    public void Form_InsideItsEntity_IsValid(string file)
    {
        var errors = SolutionSchema.ValidateForm(File.ReadAllText(Path.Combine(RepositoryPaths.SolutionSource, file)), file).Errors;

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(FormFiles))]
    public void Form_Controls_BindToColumnsOfTheTable(string file)
    {
        var form = Forms().Single(f => f.File == file);
        var table = LocalMetadata.Default.GetTable(file.Split('/')[1].ToLowerInvariant());

        // Subgrids and web resources bind to no column (they carry no datafieldname).
        var unknown = form.Root.Descendants("control").Select(c => c.Attribute("datafieldname")?.Value).OfType<string>().Where(name => table.FindColumn(name) is null);

        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(FormFiles))]
    public void Form_Ids_AreUniqueAndTheFileNameIsTheFormId(string file)
    {
        var form = Forms().Single(f => f.File == file);
        var ids = form.Root.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().Where(id => id.StartsWith('{')).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Path.GetFileNameWithoutExtension(file), form.Root.Descendants("formid").Single().Value);
    }

    [Theory]
    [InlineData("dvs_BestPractice", "dvs_name", "dvs_topic", "statuscode", "dvs_effectivenessscore")]
    [InlineData("dvs_PracticeSuggestion", "dvs_opportunityid", "dvs_bestpracticeid", "dvs_reasons", "dvs_rating")]
    public void MainForm_ShowsTheKeyColumns(string table, params string[] columns)
    {
        var form = Assert.Single(Forms(), f => f.File.StartsWith($"Entities/{table}/FormXml/main/", StringComparison.Ordinal));
        var bound = form.Root.Descendants("control").Select(c => c.Attribute("datafieldname")!.Value).ToHashSet();

        Assert.All(columns, c => Assert.Contains(c, bound));
    }

    private static IEnumerable<(string File, XElement Root)> Forms() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SolutionSource, "Entities"), "*.xml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.SolutionSource, path).Replace('\\', '/'))
            .Where(path => path.Contains("/FormXml/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, XDocument.Load(Path.Combine(RepositoryPaths.SolutionSource, path)).Root!));
}
