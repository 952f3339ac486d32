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
        var bound = Bound(form.Root);

        Assert.All(columns, c => Assert.Contains(c, bound));
    }

    // Subgrids show rows of one relationship of the form's table; a view, when named, is one of the target's.
    [Theory]
    [MemberData(nameof(FormFiles))]
    public void Form_Subgrids_FollowARelationshipOfTheTable(string file)
    {
        var form = Forms().Single(f => f.File == file);
        var table = file.Split('/')[1].ToLowerInvariant();

        foreach (var grid in form.Root.Descendants("control").Where(c => (string?)c.Attribute("indicationOfSubgrid") == "true"))
        {
            var parameters = grid.Element("parameters")!;
            var target = parameters.Element("TargetEntityType")!.Value;
            var relationship = LocalMetadata.Default.FindRelationship(parameters.Element("RelationshipName")!.Value);
            var joins = relationship switch
            {
                OneToManyRelationshipDefinition one => one.ReferencedEntity == table && one.ReferencingEntity == target,
                ManyToManyRelationshipDefinition many => (many.Entity1LogicalName == table && many.Entity2LogicalName == target) || (many.Entity2LogicalName == table && many.Entity1LogicalName == target),
                _ => false,
            };
            Assert.True(joins, $"{file}: subgrid {grid.Attribute("id")!.Value} shows {target} through {parameters.Element("RelationshipName")!.Value}, which does not join {table} to {target}.");
            if (parameters.Element("ViewId") is { } viewId)
            {
                var view = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SolutionSource, "Entities"), viewId.Value + ".xml", SearchOption.AllDirectories).Single();
                Assert.Equal(target, XDocument.Load(view).Descendants("fetch").Single().Element("entity")!.Attribute("name")!.Value);
            }
        }
    }

    [Fact]
    public void PracticeForm_Tabs_AreSummaryApplicabilityLifecycleSourceAndStatistics()
    {
        var form = Assert.Single(Forms(), f => f.File.StartsWith("Entities/dvs_BestPractice/FormXml/main/", StringComparison.Ordinal));

        Assert.Equal(["summary", "applicability", "lifecycle", "source", "statistics"], form.Root.Descendants("tab").Select(t => t.Attribute("name")!.Value));
    }

    // Every column a person writes or reads about a practice is on its form; only the platform's bookkeeping is not.
    [Fact]
    public void PracticeForm_Columns_AreEveryColumnOfThePracticeButTheSystemOnes()
    {
        var form = Assert.Single(Forms(), f => f.File.StartsWith("Entities/dvs_BestPractice/FormXml/main/", StringComparison.Ordinal));
        var custom = LocalMetadata.Default.GetTable("dvs_bestpractice").Columns.Select(c => c.LogicalName)
            .Where(n => n.StartsWith("dvs_", StringComparison.Ordinal) && n != "dvs_bestpracticeid");

        Assert.Equal(custom.Append("ownerid").Append("statuscode").Order(StringComparer.Ordinal), Bound(form.Root).Order(StringComparer.Ordinal));
        Assert.Contains(form.Root.Descendants("RelationshipName"), r => r.Value == "dvs_bestpractice_contributor");
    }

    [Fact]
    public void AccountForm_PracticesTab_ShowsTheCustomersDealsWithAppliedPractices()
    {
        var form = Assert.Single(Forms(), f => f.File.StartsWith("Entities/Account/FormXml/main/", StringComparison.Ordinal));
        var grid = form.Root.Descendants("tab").Single(t => t.Attribute("name")!.Value == "practices").Descendants("parameters").Single();

        Assert.Equal("opportunity_customer_accounts", grid.Element("RelationshipName")!.Value);
        Assert.Equal("{bd1cd787-b3f3-5a66-8631-098bd82e24fb}", grid.Element("ViewId")!.Value);
    }

    private static HashSet<string> Bound(XElement form) =>
        form.Descendants("control").Select(c => c.Attribute("datafieldname")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string File, XElement Root)> Forms() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SolutionSource, "Entities"), "*.xml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.SolutionSource, path).Replace('\\', '/'))
            .Where(path => path.Contains("/FormXml/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, XDocument.Load(Path.Combine(RepositoryPaths.SolutionSource, path)).Root!));
}
