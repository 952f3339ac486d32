using DataverseSharing.LocalDataverse.Tests.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests;

public sealed class LocalOrganizationTests
{
    private static int Count(LocalOrganization org, string table) =>
        org.SystemService.RetrieveMultiple(new QueryExpression(table)).Entities.Count;

    [Fact]
    public void CreateInMemory_Defaults_EmptyOrganizationWithSolutionTables()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });

        var id = org.ServiceAs(Guid.NewGuid()).Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Map the buying committee", ["dvs_topic"] = new OptionSetValue(617420008) });

        Assert.NotEqual(Guid.Empty, id);
        Assert.Empty(org.Pipeline.Steps);
        Assert.Equal(1, Count(org, "dvs_bestpractice"));
    }

    [Fact]
    public void Restore_AfterChanges_OrganizationExactlyAsSnapshot()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });
        var service = org.ServiceAs(Guid.NewGuid());
        var kept = service.Create(new Entity("account") { ["name"] = "Contoso" });
        using var snapshot = org.TakeSnapshot();

        service.Create(new Entity("account") { ["name"] = "Fabrikam" });
        service.Update(new Entity("account", kept) { ["name"] = "Contoso Ltd" });
        org.Restore(snapshot);

        var row = Assert.Single(org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities);
        Assert.Equal(kept, row.Id);
        Assert.Equal("Contoso", row.GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Restore_SnapshotTwice_EachTestStartsFromTheSameSeed()
    {
        using var org = LocalOrganization.CreateInMemory();
        org.SystemService.Create(new Entity("account") { ["name"] = "Seed" });
        using var snapshot = org.TakeSnapshot();

        for (var test = 0; test < 3; test++)
        {
            org.Restore(snapshot);
            org.SystemService.Create(new Entity("account") { ["name"] = "Test " + test });
            Assert.Equal(2, Count(org, "account"));
        }
    }

    [Fact]
    public void Open_FileOrganization_RowsSurviveReopen()
    {
        var path = Path.Combine(Path.GetTempPath(), "ds-org-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using (var org = LocalOrganization.Open(path))
            {
                org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });
            }

            using var reopened = LocalOrganization.Open(path);
            Assert.Equal(1, Count(reopened, "account"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AsyncJobs_PluginAssemblyRegistered_QueuedStepRunsOnDrain()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { PluginAssemblies = new[] { typeof(AsyncOpportunityPlugin).Assembly }, DiscoverSteps = DataverseSharing.Testing.Engine.DeclaredSteps.Discovery, EnforceSecurity = false });
        Recorder.Reset();
        var service = org.ServiceAs(Guid.NewGuid());
        var id = service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(10m) });
        service.Update(new Entity("opportunity", id) { ["name"] = "Deal 2" });
        Recorder.Reset();

        var result = org.AsyncJobs.Drain();

        Assert.Equal(1, result.Succeeded);
        Assert.Contains(Recorder.Calls, c => c.Plugin == nameof(AsyncOpportunityPlugin));
    }
}
