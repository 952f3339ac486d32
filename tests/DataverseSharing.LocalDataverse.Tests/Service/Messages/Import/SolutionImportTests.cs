using System.ServiceModel;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;
using DataverseSharing.LocalDataverse.Tests.Security.Enforcement;
using DataverseSharing.Testing.Solutions;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages.Import;

/// <summary>
/// Importing a solution zip into an open organization that started with the standard tables only: the Contoso
/// sample (a table, three steps with images, an environment variable) arrives as rows and as behaviour.
/// </summary>
public class SolutionImportTests
{
    private static LocalOrganizationOptions EmptyOrg(bool enforceSecurity = false) => new()
    {
        Catalog = LocalMetadata.StandardOnly(),
        PluginAssemblies = [ContosoSample.Plugins],
        SolutionPackageReader = FolderZipReader.Instance,
        EnforceSecurity = enforceSecurity,
    };

    private static byte[] ContosoZip => FolderZipReader.Zip(ContosoSample.SolutionFolder);

    [Fact]
    public void ImportSolution_IntoAnEmptyOrg_RegistersTheStepsAsRowsAndRunsThem()
    {
        using var org = LocalOrganization.CreateInMemory(EmptyOrg());
        var service = org.SystemService;

        service.Execute(new ImportSolutionRequest { CustomizationFile = ContosoZip, PublishWorkflows = true });

        var steps = Rows(service, "sdkmessageprocessingstep", "statecode");
        Assert.Equal(
            new[] { ContosoSample.CreateStep, ContosoSample.DeleteStep, ContosoSample.UpdateStep }.Order(),
            steps.Select(s => s.Id.ToString("D")).Order());
        Assert.All(steps, s => Assert.Equal(0, s.GetAttributeValue<OptionSetValue>("statecode")?.Value));
        Assert.Single(Rows(service, "solution", "uniquename"), s => s.GetAttributeValue<string>("uniquename") == "ContosoWidgets");
        var id = service.Create(new Entity("contoso_widget") { ["contoso_name"] = "gear" });
        Assert.StartsWith("created gear", service.Retrieve("contoso_widget", id, new ColumnSet("contoso_log")).GetAttributeValue<string>("contoso_log") ?? string.Empty);
    }

    [Fact]
    public void ImportSolution_SameSolutionTwice_UpgradesInPlaceWithoutDuplicates()
    {
        using var org = LocalOrganization.CreateInMemory(EmptyOrg());
        var service = org.SystemService;
        service.Execute(new ImportSolutionRequest { CustomizationFile = ContosoZip });
        var first = Counts(service);

        service.Execute(new ImportSolutionRequest { CustomizationFile = ContosoZip });

        Assert.Equal(first, Counts(service));
        Assert.Equal(3, first["sdkmessageprocessingstep"]);
        Assert.Equal(3, org.Pipeline.Steps.Count);
    }

    [Fact]
    public void ImportSolution_BrokenZip_FaultsAndTheJobHoldsTheFailureAndNothingIsRegistered()
    {
        using var org = LocalOrganization.CreateInMemory(EmptyOrg());
        var service = org.SystemService;
        var jobId = Guid.NewGuid();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            service.Execute(new ImportSolutionRequest { CustomizationFile = "not a zip"u8.ToArray(), ImportJobId = jobId }));

        Assert.Contains("The import of the solution failed", fault.Detail.Message);
        var results = (RetrieveFormattedImportJobResultsResponse)service.Execute(new RetrieveFormattedImportJobResultsRequest { ImportJobId = jobId });
        Assert.Contains("failure", results.FormattedResults);
        Assert.Empty(Rows(service, "sdkmessageprocessingstep", "name"));
        Assert.Empty(org.Pipeline.Steps);
    }

    [Fact]
    public void ImportSolution_StepNamingAMissingType_LeavesTheOrganizationAsItWas()
    {
        // The zip reads, but its steps name a plug-in type no assembly holds: the whole import is refused and the
        // table it brings is not there either.
        using var org = LocalOrganization.CreateInMemory(EmptyOrg() with { PluginAssemblies = [] });
        var service = org.SystemService;

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Execute(new ImportSolutionRequest { CustomizationFile = ContosoZip }));

        Assert.False(org.Database.Catalog.TryGetTable("contoso_widget", out _));
        Assert.DoesNotContain(Rows(service, "solution", "uniquename"), s => s.GetAttributeValue<string>("uniquename") == "ContosoWidgets");
    }

    [Fact]
    public void ImportSolutionAsync_Drained_SucceedsWithStatus30AndTheJobAt100()
    {
        using var org = LocalOrganization.CreateInMemory(EmptyOrg());
        var service = org.SystemService;

        var queued = (ImportSolutionAsyncResponse)service.Execute(new ImportSolutionAsyncRequest { CustomizationFile = ContosoZip, PublishWorkflows = true });
        var before = service.Retrieve("asyncoperation", queued.AsyncOperationId, new ColumnSet("statecode", "operationtype"));
        org.AsyncJobs.Drain();

        Assert.Equal(0, before.GetAttributeValue<OptionSetValue>("statecode")?.Value);
        Assert.Equal(54, before.GetAttributeValue<OptionSetValue>("operationtype")?.Value);
        var job = service.Retrieve("asyncoperation", queued.AsyncOperationId, new ColumnSet("statecode", "statuscode"));
        Assert.Equal(30, job.GetAttributeValue<OptionSetValue>("statuscode")?.Value);
        var importJob = service.Retrieve("importjob", Guid.Parse(queued.ImportJobKey), new ColumnSet("progress", "solutionname", "completedon", "data"));
        Assert.Equal(100d, importJob.GetAttributeValue<double>("progress"));
        Assert.Equal("ContosoWidgets", importJob.GetAttributeValue<string>("solutionname"));
        Assert.NotNull(importJob.GetAttributeValue<DateTime?>("completedon"));
        Assert.Contains("result=\"success\"", importJob.GetAttributeValue<string>("data"));
        Assert.Equal(3, org.Pipeline.Steps.Count);
    }

    [Fact]
    public void ImportSolutionAsync_BrokenZip_FailsWithStatus31AndFormattedResultsNameTheError()
    {
        using var org = LocalOrganization.CreateInMemory(EmptyOrg());
        var service = org.SystemService;

        var queued = (ImportSolutionAsyncResponse)service.Execute(new ImportSolutionAsyncRequest { CustomizationFile = [1, 2, 3] });
        org.AsyncJobs.Drain();

        var job = service.Retrieve("asyncoperation", queued.AsyncOperationId, new ColumnSet("statuscode", "message"));
        Assert.Equal(31, job.GetAttributeValue<OptionSetValue>("statuscode")?.Value);
        var results = (RetrieveFormattedImportJobResultsResponse)service.Execute(new RetrieveFormattedImportJobResultsRequest { ImportJobId = Guid.Parse(queued.ImportJobKey) });
        Assert.Contains("failure", results.FormattedResults);
        Assert.Contains((job.GetAttributeValue<string>("message") ?? "missing").Replace("The import of the solution failed: ", string.Empty, StringComparison.Ordinal), results.FormattedResults);
    }

    [Fact]
    public void ImportSolutionAsync_CallerWithoutImportPrivilege_IsRefusedNamingIt()
    {
        using var secured = new SecuredOrg(EmptyOrg(enforceSecurity: true));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            secured.As(secured.Rep).Execute(new ImportSolutionAsyncRequest { CustomizationFile = ContosoZip }));

        Assert.Contains("prvImportCustomization", fault.Detail.Message);
        Assert.Empty(Rows(secured.Org.SystemService, "asyncoperation", "name"));
    }

    [Fact]
    public void ImportSolution_SystemAdministrator_Imports()
    {
        using var secured = new SecuredOrg(EmptyOrg(enforceSecurity: true));

        secured.As(secured.Admin).Execute(new ImportSolutionRequest { CustomizationFile = ContosoZip });
        secured.As(secured.Admin).Execute(new PublishAllXmlRequest());

        Assert.Equal(3, Rows(secured.Org.SystemService, "sdkmessageprocessingstep", "name").Count);
    }

    [Fact]
    public void ImportSolution_NoPackageReader_FailsNamingTheRequest()
    {
        using var org = LocalOrganization.CreateInMemory(EmptyOrg() with { SolutionPackageReader = null });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.SystemService.Execute(new ImportSolutionAsyncRequest { CustomizationFile = ContosoZip }));

        Assert.Contains("ImportSolutionAsync", fault.Detail.Message);
        Assert.Contains("SolutionPackageReader", fault.Detail.Message);
    }

    [Fact]
    public void Drain_ImportJobWithUnreadableData_FailsTheJobAndTheRunnerCarriesOn()
    {
        using var org = LocalOrganization.CreateInMemory(EmptyOrg());
        var service = org.SystemService;
        var damaged = service.Create(new Entity("asyncoperation")
        {
            ["name"] = "ImportSolution",
            ["operationtype"] = new OptionSetValue(54),
            ["data"] = "not xml",
            ["postponeuntil"] = DateTime.UtcNow.AddMinutes(-1),
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(0),
        });
        var queued = (ImportSolutionAsyncResponse)service.Execute(new ImportSolutionAsyncRequest { CustomizationFile = ContosoZip });

        var drained = org.AsyncJobs.Drain();

        Assert.Equal(1, drained.Failed);
        Assert.Equal(31, service.Retrieve("asyncoperation", damaged, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode")?.Value);
        Assert.Equal(30, service.Retrieve("asyncoperation", queued.AsyncOperationId, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode")?.Value);
    }

    private static List<Entity> Rows(IOrganizationService service, string table, params string[] columns) =>
        service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(columns) }).Entities.ToList();

    private static Dictionary<string, int> Counts(IOrganizationService service) =>
        new[] { "solution", "publisher", "pluginassembly", "plugintype", "sdkmessageprocessingstep", "sdkmessageprocessingstepimage", "environmentvariabledefinition", "importjob" }
            .ToDictionary(t => t, t => t == "importjob" ? 0 : Rows(service, t).Count);
}
