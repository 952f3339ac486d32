using DataverseSharing.Testing.Solutions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>A third-party table's &lt;EntityKeys&gt; become alternate keys that Upsert and Retrieve address rows by.</summary>
public sealed class EntityKeyTests : IDisposable
{
    private readonly UnpackedSolutionBuilder solution = new UnpackedSolutionBuilder()
        .Table("Widget", textColumns: ["Code", "Site"], key: ("fab_widget_code_site", ["fab_code", "fab_site"]));

    public void Dispose() => solution.Dispose();

    [Fact]
    public void CreateInMemory_FolderTableKey_IsOnTheTable()
    {
        using var org = Open();

        var key = Assert.Single(org.Database.Catalog.GetTable("fab_widget").Keys);

        Assert.Equal(["fab_code", "fab_site"], key.Columns);
    }

    [Fact]
    public void Upsert_ByTheFolderKey_CreatesThenUpdatesTheSameRow()
    {
        using var org = Open();

        var created = (UpsertResponse)org.SystemService.Execute(new UpsertRequest { Target = Widget("first") });
        var updated = (UpsertResponse)org.SystemService.Execute(new UpsertRequest { Target = Widget("second") });

        Assert.True(created.RecordCreated);
        Assert.False(updated.RecordCreated);
        Assert.Equal(created.Target.Id, updated.Target.Id);
        var row = org.SystemService.Retrieve("fab_widget", created.Target.Id, new ColumnSet("fab_name"));
        Assert.Equal("second", row["fab_name"]);
    }

    [Fact]
    public void Retrieve_ByTheFolderKey_FindsTheRow()
    {
        using var org = Open();
        var id = org.SystemService.Create(new Entity("fab_widget") { ["fab_name"] = "W", ["fab_code"] = "W-1", ["fab_site"] = "Oslo" });

        var response = (RetrieveResponse)org.SystemService.Execute(new RetrieveRequest
        {
            Target = new EntityReference("fab_widget", new KeyAttributeCollection { ["fab_code"] = "W-1", ["fab_site"] = "Oslo" }),
            ColumnSet = new ColumnSet("fab_name"),
        });

        Assert.Equal(id, response.Entity.Id);
    }

    [Fact]
    public void CreateInMemory_KeyOnAColumnTheTableLacks_FailsNamingTheKey()
    {
        solution.Table("Widget", textColumns: ["Code"], key: ("fab_widget_code", ["fab_missing"]));

        var error = Assert.Throws<LocalDataverse.Metadata.MetadataException>(Open);

        Assert.Contains("Alternate key 'fab_widget_code'", error.Message, StringComparison.Ordinal);
        Assert.Contains("fab_missing", error.Message, StringComparison.Ordinal);
    }

    private static Entity Widget(string name) =>
        new("fab_widget", new KeyAttributeCollection { ["fab_code"] = "W-1", ["fab_site"] = "Oslo" }) { ["fab_name"] = name };

    private LocalOrganization Open() =>
        LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root], EnforceSecurity = false });
}
