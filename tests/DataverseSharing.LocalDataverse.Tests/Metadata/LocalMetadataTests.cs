using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Tests.Metadata;

public class LocalMetadataTests
{
    [Fact]
    public void Default_CalledTwice_ReturnsTheSameCatalog()
    {
        Assert.Same(LocalMetadata.Default, LocalMetadata.Default);
    }

    [Fact]
    public void Default_EmbeddedSolution_MatchesTheSolutionFolder()
    {
        var fromFolder = LocalMetadata.Load(SolutionSource.FromDirectory(RepositoryPaths.SolutionSource));

        Assert.Equal(
            fromFolder.Tables.Select(t => $"{t.LogicalName}:{t.Columns.Count}").Order(),
            LocalMetadata.Default.Tables.Select(t => $"{t.LogicalName}:{t.Columns.Count}").Order());
    }

    [Fact]
    public void Default_Solution_ReadsManifestAndPublisher()
    {
        var solution = LocalMetadata.Default.Solution;

        Assert.NotNull(solution);
        Assert.Equal("DataverseSharing", solution.UniqueName);
        Assert.Equal("1.0.0.0", solution.Version);
        Assert.Equal("dvs", solution.CustomizationPrefix);
        Assert.Equal(61742, solution.CustomizationOptionValuePrefix);
    }

    [Fact]
    public void StandardOnly_PackageTables_AreAbsent()
    {
        var catalog = LocalMetadata.StandardOnly();

        Assert.NotNull(catalog.FindTable("opportunity"));
        Assert.Null(catalog.FindTable("dvs_bestpractice"));
        Assert.Null(catalog.FindTable("opportunity")!.FindColumn("dvs_region"));
    }

    [Fact]
    public void Default_EveryPackageColumn_UsesThePublisherPrefix()
    {
        var custom = LocalMetadata.Default.Tables.SelectMany(t => t.Columns.Where(c => c.IsCustom).Select(c => $"{t.LogicalName}.{c.LogicalName}"));

        Assert.NotEmpty(custom);
        Assert.All(custom, name => Assert.Contains(".dvs_", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Default_EveryPackageChoiceValue_UsesTheOptionValuePrefixOrMirrorsAStandardValue()
    {
        var catalog = LocalMetadata.Default;
        var values = catalog.GlobalOptionSets.SelectMany(o => o.Options)
            .Concat(catalog.GetTable("dvs_bestpractice").FindColumn("dvs_dealsizeband")!.OptionSet!.Options);

        Assert.NotEmpty(values);
        Assert.All(values, o => Assert.InRange(o.Value, 617420000, 617429999));
    }
}
