using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Deploy;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Serve;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// deploy end to end on this machine: a fresh empty org (standard tables only) served on loopback, and the console's
/// deploy sent to it over the Web API connector with the zip packed from Solution/src, as an admin deploys to a new
/// environment. The checks read the same tables deploy reads in Dataverse.
/// </summary>
public sealed class DeployCommandTests : IAsyncLifetime
{
    private static readonly Lazy<byte[]> PackageZip = new(() => SolutionPackages.PackManaged(SolutionFolder));

    private LocalOrganization organization = null!;
    private LocalWebApiServer server = null!;
    private string zipPath = null!;

    private static string SolutionFolder => Path.Combine(AppContext.BaseDirectory, "Solution");

    public async Task InitializeAsync()
    {
        organization = EmptyOrganization.Create(TimeSpan.FromMilliseconds(50));
        server = await LocalWebApiServer.StartAsync(organization, new LocalWebApiServerOptions { DefaultUserId = EmptyOrganization.AdministratorId });
        zipPath = Path.Combine(Path.GetTempPath(), $"deploy-test-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(zipPath, PackageZip.Value);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        organization.Dispose();
        File.Delete(zipPath);
    }

    [Fact]
    public async Task Deploy_IntoAFreshServedOrg_RegistersEveryStepEnabledAndTheCustomApiAnswers()
    {
        var result = await Run("deploy", "--zip", zipPath, "--connection", server.ConnectionString);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error + result.Output);
        Assert.Contains("Deployed DataverseSharing", result.Output);
        var expected = StepIdsInSolution();
        var steps = Rows("sdkmessageprocessingstep", "statecode");
        Assert.NotEmpty(expected);
        Assert.All(expected, id => Assert.Equal(0, steps.Single(s => s.Id == id).GetAttributeValue<OptionSetValue>("statecode")?.Value));
        Assert.Single(Rows("customapi", "uniquename"), a => a.GetAttributeValue<string>("uniquename") == "dvs_SuggestPractices");
    }

    [Fact]
    public async Task Deploy_Twice_UpgradesInPlaceWithoutDuplicates()
    {
        Assert.Equal(ExitCodes.Success, (await Run("deploy", "--zip", zipPath, "--connection", server.ConnectionString)).ExitCode);
        var first = Counts();

        var second = await Run("deploy", "--zip", zipPath, "--connection", server.ConnectionString);

        Assert.True(second.ExitCode == ExitCodes.Success, second.Error);
        Assert.Equal(first, Counts());
    }

    [Fact]
    public async Task Deploy_BrokenZip_PrintsTheFormattedImportResultsAndExits3()
    {
        var broken = zipPath + ".broken.zip";
        await File.WriteAllBytesAsync(broken, "PK this is not a solution"u8.ToArray());
        try
        {
            var result = await Run("deploy", "--zip", broken, "--connection", server.ConnectionString);

            Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
            Assert.Contains("Workbook", result.Output);
            Assert.Contains("failure", result.Output);
            Assert.Contains("error: The import of", result.Error);
            Assert.Empty(Rows("sdkmessageprocessingstep", "name"));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task Deploy_CallerWithoutImportPrivilege_IsRefused()
    {
        var root = organization.SystemService.RetrieveMultiple(new QueryExpression("businessunit") { ColumnSet = new ColumnSet(false) }).Entities.First().Id;
        var nobody = EmptyOrganization.AddUser(organization, Guid.NewGuid(), "Nobody", root);
        await using var asNobody = await LocalWebApiServer.StartAsync(organization, new LocalWebApiServerOptions { DefaultUserId = nobody });

        var result = await Run("deploy", "--zip", zipPath, "--connection", asNobody.ConnectionString);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("prvImportCustomization", result.Error);
        Assert.Empty(Rows("asyncoperation", "name"));
    }

    [Fact]
    public async Task Deploy_MissingZip_IsNotFound()
    {
        var result = await Run("deploy", "--zip", zipPath + ".missing", "--connection", server.ConnectionString);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    private static List<Guid> StepIdsInSolution() =>
        Directory.EnumerateFiles(Path.Combine(SolutionFolder, "SdkMessageProcessingSteps"), "*.xml")
            .Select(f => Guid.Parse(Path.GetFileNameWithoutExtension(f))).ToList();

    private List<Entity> Rows(string table, params string[] columns) =>
        organization.SystemService.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(columns) }).Entities.ToList();

    private Dictionary<string, int> Counts() =>
        new[] { "solution", "publisher", "pluginpackage", "pluginassembly", "plugintype", "sdkmessageprocessingstep", "sdkmessageprocessingstepimage", "customapi", "customapirequestparameter", "environmentvariabledefinition" }
            .ToDictionary(t => t, t => Rows(t).Count);

    private static async Task<CliResult> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new EmbeddedConnectionFactory(error, _ => null))
        {
            WebApiConnections = new WebApiConnectionFactory(error, _ => null) { Clock = new DataverseSharing.Testing.Time.InstantClock() },
        };
        var code = await CliApplication.RunAsync(context, args);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
