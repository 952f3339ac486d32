using System.Net;
using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Testing.Solutions;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

/// <summary>
/// The solution operations over HTTP: ImportSolutionAsync with the zip in base64, the system job and import job read
/// as rows, the imported table served as an entity set at once, RetrieveFormattedImportJobResults and PublishAllXml.
/// </summary>
public sealed class SolutionEndpointsTests : IAsyncLifetime, IDisposable
{
    private readonly UnpackedSolutionBuilder solution = new UnpackedSolutionBuilder("FabrikamCore", "fab").Table("gadget");
    private readonly ServedOrg served = new(new LocalOrganizationOptions
    {
        Catalog = LocalMetadata.StandardOnly(),
        SolutionPackageReader = FolderZipReader.Instance,
        EnforceSecurity = false,
    });

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    public void Dispose() => solution.Dispose();

    [Fact]
    public async Task ImportSolutionAsync_Zip_QueuesAJobThatImportsTheTableAndItIsServed()
    {
        var zip = Convert.ToBase64String(FolderZipReader.Zip(solution.Root));

        using var queued = await served.Client.PostAsync("ImportSolutionAsync", ServedOrg.Json(new { CustomizationFile = zip, PublishWorkflows = true, OverwriteUnmanagedCustomizations = true }));
        var body = await ServedOrg.ReadJson(queued);
        served.Organization.AsyncJobs.Drain();

        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        var job = await ServedOrg.ReadJson(await served.Client.GetAsync($"asyncoperations({body["AsyncOperationId"]})?$select=statuscode"));
        Assert.Equal(30, (int?)job["statuscode"]);
        var importJob = await ServedOrg.ReadJson(await served.Client.GetAsync($"importjobs({body["ImportJobKey"]})?$select=progress,solutionname"));
        Assert.Equal("FabrikamCore", (string?)importJob["solutionname"]);
        Assert.Equal(100d, (double?)importJob["progress"]);
        await served.Create("fab_gadgets", new { fab_name = "first" });
        using var publish = await served.Client.PostAsync("PublishAllXml", ServedOrg.Json("{}"));
        Assert.Equal(HttpStatusCode.NoContent, publish.StatusCode);
    }

    [Fact]
    public async Task RetrieveFormattedImportJobResults_FailedImport_ReturnsTheFailure()
    {
        using var queued = await served.Client.PostAsync("ImportSolutionAsync", ServedOrg.Json(new { CustomizationFile = Convert.ToBase64String([1, 2, 3]) }));
        var key = (string?)(await ServedOrg.ReadJson(queued))["ImportJobKey"];
        served.Organization.AsyncJobs.Drain();

        using var response = await served.Client.GetAsync($"RetrieveFormattedImportJobResults(ImportJobId=@p1)?@p1={key}");
        var results = (string?)(await ServedOrg.ReadJson(response))["FormattedResults"];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("failure", results);
    }

    [Fact]
    public async Task ImportSolutionAsync_NotBase64_IsABadRequestNamingTheParameter()
    {
        using var response = await served.Client.PostAsync("ImportSolutionAsync", ServedOrg.Json(new { CustomizationFile = "%%%" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CustomizationFile", (string?)(await ServedOrg.ReadJson(response))["error"]?["message"]);
    }
}
