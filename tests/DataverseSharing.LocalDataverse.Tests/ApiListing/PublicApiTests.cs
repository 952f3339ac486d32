using System.Reflection;
using DataverseSharing.Testing.ApiListing;

namespace DataverseSharing.LocalDataverse.Tests.ApiListing;

/// <summary>
/// LocalDataverse's public surface is on purpose: every public type and member is in the committed listing, so
/// making something public (or changing a public signature) is a visible change to that file.
/// </summary>
public class PublicApiTests
{
    private static readonly Assembly Engine = typeof(LocalOrganization).Assembly;

    private static string ListingPath => Path.Combine(
        RepositoryPaths.Root, "tests", "DataverseSharing.LocalDataverse.Tests", "ApiListing", "DataverseSharing.LocalDataverse.api.txt");

    [Fact]
    public void List_LocalDataverse_MatchesTheCommittedListing()
    {
        string? difference = ApiListingFile.Compare(Engine, ListingPath);

        Assert.True(difference is null, difference);
    }

    [Theory]
    [InlineData("DataverseSharing.LocalDataverse.Query.Fetch.FetchXmlParser")]
    [InlineData("DataverseSharing.LocalDataverse.Service.Messages.IMessageHandler")]
    [InlineData("DataverseSharing.LocalDataverse.Service.Messages.MessageHandlerRegistry")]
    [InlineData("DataverseSharing.LocalDataverse.Security.AccessChecker")]
    [InlineData("DataverseSharing.LocalDataverse.Metadata.MetadataCatalogBuilder")]
    public void GetExportedTypes_EngineInternals_AreNotPublic(string typeName)
    {
        Type? type = Engine.GetType(typeName);

        Assert.NotNull(type);
        Assert.DoesNotContain(type, Engine.GetExportedTypes());
    }

    [Fact]
    public void GetExportedTypes_QueryNamespace_ExportsNothing()
    {
        Assert.DoesNotContain(Engine.GetExportedTypes(), t => t.Namespace?.StartsWith("DataverseSharing.LocalDataverse.Query", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Diff_AddedAndRemovedLines_MarksEachWithItsSign()
    {
        string? diff = ApiListingFile.Diff(["T class A", "T class B"], ["T class B", "T class C"]);

        Assert.Equal("+ T class C\n- T class A\n", diff);
    }

    [Fact]
    public void Diff_SameLines_IsNull()
    {
        Assert.Null(ApiListingFile.Diff(["T class A"], ["T class A"]));
    }

    [Fact]
    public void Compare_ListingMissingALine_NamesTheLineAndHowToUpdate()
    {
        using var folder = new TemporaryFolder();
        string listing = Path.Combine(folder.Path, "engine.api.txt");
        IReadOnlyList<string> lines = ApiLister.List(Engine);
        string dropped = lines.First(l => l.StartsWith("M ", StringComparison.Ordinal));
        File.WriteAllLines(listing, lines.Where(l => l != dropped));

        string? difference = ApiListingFile.Compare(Engine, listing);

        Assert.NotNull(difference);
        Assert.Contains("+ " + dropped, difference, StringComparison.Ordinal);
        Assert.Contains(ApiListingFile.UpdateVariable + "=1", difference, StringComparison.Ordinal);
    }
}
