using System.ServiceModel;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Storage;
using DataverseSharing.LocalDataverse.Tests.Pipeline.Registration;
using DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Setup;

/// <summary>Registrations written as rows at open: queryable, left alone when up to date, kept exact, and SYSTEM's.</summary>
public sealed class SystemRowSyncTests : IDisposable
{
    private static readonly Guid KeptStep = new("c2000000-0000-0000-0000-000000000001");
    private static readonly Guid RemovedStep = new("c2000000-0000-0000-0000-000000000002");

    private readonly TemporaryFolder folder = new();
    private readonly ContosoSolution solution = new();

    public void Dispose()
    {
        solution.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Open_CodeRegisteredStep_StepRowQueryableWithQueryExpression()
    {
        using var org = LocalOrganization.CreateInMemory(CodeOptions(Step(KeptStep) with { Rank = 7 }));

        var query = new QueryExpression("sdkmessageprocessingstep") { ColumnSet = new ColumnSet("rank", "stage", "sdkmessageid") };
        query.Criteria.AddCondition("sdkmessageprocessingstepid", ConditionOperator.Equal, KeptStep);
        var step = Assert.Single(org.SystemService.RetrieveMultiple(query).Entities);

        Assert.Equal(7, step["rank"]);
        Assert.Equal(20, step.GetAttributeValue<OptionSetValue>("stage")!.Value);
        Assert.Equal(new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"), step.GetAttributeValue<EntityReference>("sdkmessageid")!.Id);
    }

    [Fact]
    public void CreateInMemory_StandardCatalog_RegistrationRowsWritten()
    {
        using var org = LocalOrganization.CreateInMemory(FolderOptions() with { Catalog = null });

        Assert.Equal(4, org.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep")).Entities.Count);
        Assert.Equal(4, org.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstepimage")).Entities.Count);
        Assert.Single(org.SystemService.RetrieveMultiple(new QueryExpression("solution")).Entities);
    }

    [Fact]
    public void Open_SolutionFolder_ImagesFoundWithFetchXmlThroughTheirStep()
    {
        using var org = LocalOrganization.CreateInMemory(FolderOptions());

        var images = org.SystemService.RetrieveMultiple(new FetchExpression($"""
            <fetch>
              <entity name="sdkmessageprocessingstepimage">
                <attribute name="entityalias" />
                <attribute name="imagetype" />
                <link-entity name="sdkmessageprocessingstep" from="sdkmessageprocessingstepid" to="sdkmessageprocessingstepid" alias="step">
                  <attribute name="name" />
                  <filter><condition attribute="sdkmessageprocessingstepid" operator="eq" value="{ContosoSolution.DeleteStep}" /></filter>
                </link-entity>
              </entity>
            </fetch>
            """)).Entities;

        var image = Assert.Single(images);
        Assert.Equal("Gone", image["entityalias"]);
        Assert.Equal("Contoso.Plugins.ProjectDeleteGuard: Delete of contoso_project", image.GetAttributeValue<AliasedValue>("step.name")!.Value);
        var solutionRow = Assert.Single(org.SystemService.RetrieveMultiple(new QueryExpression("solution") { ColumnSet = new ColumnSet("uniquename", "version") }).Entities);
        Assert.Equal(("ContosoProjects", "1.0.0.0"), (solutionRow["uniquename"], solutionRow["version"]));
        Assert.Equal(4, org.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep")).Entities.Count);
    }

    [Fact]
    public void Open_UnchangedReopen_WritesNothingAndTakesNoWriteLock()
    {
        var path = folder.File("org.db");
        long before;
        using (var org = LocalOrganization.Open(path, CodeOptions(Step(KeptStep))))
        {
            before = VersionOf(org, KeptStep);
        }

        // Another process holds the write lock: an up-to-date open must still succeed, at once.
        using var writer = new SqliteConnection($"Data Source={path};Pooling=False");
        writer.Open();
        using var held = writer.BeginTransaction(deferred: false);
        using var reopened = LocalOrganization.Open(path, CodeOptions(Step(KeptStep)) with { Database = new LocalDatabaseOptions { BusyTimeout = TimeSpan.FromSeconds(1) } });

        Assert.Equal(before, VersionOf(reopened, KeptStep));
    }

    [Fact]
    public void Open_StepNoLongerGiven_ItsRowsGoneOthersKept()
    {
        var path = folder.File("org.db");
        var image = new StepImageDefinition { Alias = "before", Kind = StepImageKind.PreImage };
        using (LocalOrganization.Open(path, CodeOptions(Step(KeptStep), Step(RemovedStep) with { Images = [image] })))
        {
        }

        using var org = LocalOrganization.Open(path, CodeOptions(Step(KeptStep)));

        var steps = org.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep")).Entities.Select(s => s.Id);
        Assert.Equal([KeptStep], steps);
        Assert.Empty(org.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstepimage")).Entities);
    }

    [Fact]
    public void Open_EnvironmentVariableValueSetInTheOrganization_KeptOnReopen()
    {
        using var variables = new DataverseSharing.Testing.Solutions.UnpackedSolutionBuilder()
            .EnvironmentVariable("fab_Given", defaultValue: "a", currentValue: "from-folder")
            .EnvironmentVariable("fab_SetHere", defaultValue: "b");
        var options = new LocalOrganizationOptions { SolutionFolders = [variables.Root], EnforceSecurity = false };
        var path = folder.File("variables.db");
        Guid setHere;
        using (var org = LocalOrganization.Open(path, options))
        {
            var definition = Definition(org.SystemService, "fab_SetHere");
            setHere = org.SystemService.Create(new Entity("environmentvariablevalue")
            {
                ["schemaname"] = "fab_SetHere",
                ["value"] = "set-in-the-org",
                ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", definition),
            });
        }

        using var reopened = LocalOrganization.Open(path, options);

        var values = reopened.SystemService.RetrieveMultiple(new QueryExpression("environmentvariablevalue") { ColumnSet = new ColumnSet("value") }).Entities;
        Assert.Equal("set-in-the-org", Assert.Single(values, v => v.Id == setHere)["value"]);
        Assert.Contains(values, v => v.GetAttributeValue<string>("value") == "from-folder");
    }

    private static Guid Definition(IOrganizationService service, string schemaName)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
        return Assert.Single(service.RetrieveMultiple(query).Entities).Id;
    }

    [Fact]
    public void Open_StepChanged_RowUpdatedInPlace()
    {
        var path = folder.File("org.db");
        using (LocalOrganization.Open(path, CodeOptions(Step(KeptStep))))
        {
        }

        using var org = LocalOrganization.Open(path, CodeOptions(Step(KeptStep) with { Rank = 3, FilteringAttributes = ["name"] }));

        var step = org.SystemService.Retrieve("sdkmessageprocessingstep", KeptStep, new ColumnSet("rank", "filteringattributes"));
        Assert.Equal((3, "name"), (step["rank"], step["filteringattributes"]));
    }

    [Fact]
    public void Open_RowCannotBeWritten_NothingWrittenAndOpenFails()
    {
        var path = folder.File("org.db");

        // A catalog whose image table lacks a column the image row sets: the step row, written before it in the
        // same transaction, must not stay behind.
        var broken = RegistrationCatalog.With(_ => { });
        var withoutAttributes = new MetadataCatalogBuilder();
        foreach (var table in broken.Tables)
        {
            withoutAttributes.AddTable(table.LogicalName == "sdkmessageprocessingstepimage"
                ? new TableDefinition(table.LogicalName, table.PrimaryIdAttribute, table.Columns.Where(c => c.LogicalName != "attributes")) { SchemaName = table.SchemaName, Ownership = table.Ownership }
                : table);
        }

        var image = new StepImageDefinition { Alias = "before", Kind = StepImageKind.PreImage, Attributes = ["name"] };
        var options = CodeOptions(Step(KeptStep) with { Images = [image] }) with { Catalog = withoutAttributes.Build() };

        Assert.ThrowsAny<Exception>(() => LocalOrganization.Open(path, options));

        // Not even the step table, which the failed write was the first to lay out.
        using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        raw.Open();
        using var count = raw.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sdkmessageprocessingstep';";
        Assert.Equal(0L, count.ExecuteScalar());
    }

    [Fact]
    public void Open_TwoOrganizationsAtOnce_EachRowOnce()
    {
        var path = folder.File("org.db");
        var options = CodeOptions(Step(KeptStep), Step(RemovedStep));
        using (LocalOrganization.Open(path, CodeOptions()))
        {
        }

        using var start = new Barrier(2);
        var opened = new LocalOrganization?[2];
        var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            opened[i] = LocalOrganization.Open(path, options);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        using var first = opened[0]!;
        using var second = opened[1]!;

        Assert.Equal(
            [KeptStep, RemovedStep],
            second.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep")).Entities.Select(s => s.Id).Order());
        Assert.Single(first.SystemService.RetrieveMultiple(new QueryExpression("plugintype")).Entities);
    }

    [Fact]
    public void Salesperson_RegistrationRows_ReadsButCannotChange()
    {
        using var org = LocalOrganization.CreateInMemory(CodeOptions(Step(KeptStep)) with { EnforceSecurity = true });
        var rep = Salesperson(org);
        var service = org.ServiceAs(rep);

        Assert.Single(service.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep")).Entities);
        Assert.Single(service.RetrieveMultiple(new QueryExpression("plugintype")).Entities);
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity("sdkmessageprocessingstep", KeptStep) { ["rank"] = 2 }));
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Delete("sdkmessageprocessingstep", KeptStep));
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("sdkmessage") { ["name"] = "Mine" }));
    }

    private static long VersionOf(LocalOrganization org, Guid step) =>
        org.SystemService.Retrieve("sdkmessageprocessingstep", step, new ColumnSet("versionnumber")).GetAttributeValue<long>("versionnumber");

    private static Guid Salesperson(LocalOrganization org)
    {
        var unit = org.SystemService.Create(new Entity("businessunit") { ["name"] = "Sales" });
        var user = org.SystemService.Create(new Entity("systemuser")
        {
            ["lastname"] = "Rep",
            ["domainname"] = "rep@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
        var role = org.SystemService.Create(new Entity("role") { ["name"] = StandardRoles.Salesperson.Name, ["businessunitid"] = new EntityReference("businessunit", unit) });
        org.SystemService.Associate("systemuser", user, new Relationship("systemuserroles_association"), [new EntityReference("role", role)]);
        return user;
    }

    private static StepDefinition Step(Guid id) =>
        new() { Id = id, PluginType = typeof(RecordingPlugin), Message = "Update", Table = "account", Stage = StepStage.PreOperation };

    private static LocalOrganizationOptions CodeOptions(params StepDefinition[] steps) =>
        new() { Steps = steps, Catalog = RegistrationCatalog.Value, EnforceSecurity = false };

    private LocalOrganizationOptions FolderOptions() => new()
    {
        SolutionFolders = [solution.Root],
        PluginAssemblies = [typeof(Contoso.Plugins.ProjectAudit).Assembly],
        Catalog = RegistrationCatalog.With(builder => SolutionMetadataReader.AddTo(builder, SolutionSource.FromDirectory(solution.Root))),
        EnforceSecurity = false,
    };
}
