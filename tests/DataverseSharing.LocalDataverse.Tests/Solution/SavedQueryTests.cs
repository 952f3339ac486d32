using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.LocalDataverse.Tests.Service;

namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>The package's views: valid for import, complete, and runnable against the tables they query.</summary>
public class SavedQueryTests
{
    // Dataverse needs one default view of each kind a table is shown in: public, advanced find, associated,
    // quick find and lookup.
    private static readonly int[] DefaultViewTypes = [0, 1, 2, 4, 64];

    public static TheoryData<string> ViewFiles() => new(Views().Select(v => v.File));

    [Theory]
    [MemberData(nameof(ViewFiles))]
    public void SavedQuery_InsideItsEntity_IsValid(string file)
    {
        var errors = SolutionSchema.ValidateSavedQueries(File.ReadAllText(Path.Combine(RepositoryPaths.SolutionSource, file)), file).Errors;

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(ViewFiles))]
    public void SavedQuery_FileName_IsItsId(string file)
    {
        var view = Views().Single(v => v.File == file);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), view.Query.Element("savedqueryid")!.Value);
    }

    [Theory]
    [MemberData(nameof(ViewFiles))]
    public void SavedQuery_Fetch_RunsOnTheLocalEngine(string file)
    {
        using var engine = new LocalEngine();
        var fetch = Views().Single(v => v.File == file).Query.Element("fetchxml")!.Element("fetch")!.ToString();

        var result = engine.Service.RetrieveMultiple(FetchXmlParser.Parse(fetch).Query);

        Assert.Empty(result.Entities);
    }

    [Theory]
    [InlineData("dvs_BestPractice")]
    [InlineData("dvs_PracticeSuggestion")]
    public void Table_DefaultViews_OneOfEachKind(string table)
    {
        var defaults = Views().Where(v => v.File.StartsWith($"Entities/{table}/", StringComparison.Ordinal) && v.Query.Element("isdefault")!.Value == "1")
            .Select(v => int.Parse(v.Query.Element("querytype")!.Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DefaultViewTypes, defaults.Order());
    }

    private static IEnumerable<(string File, XElement Query)> Views() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SolutionSource, "Entities"), "*.xml", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "SavedQueries")
            .Order(StringComparer.Ordinal)
            .Select(path => (
                Path.GetRelativePath(RepositoryPaths.SolutionSource, path).Replace('\\', '/'),
                XDocument.Load(path).Root!.Element("savedquery")!));
}
