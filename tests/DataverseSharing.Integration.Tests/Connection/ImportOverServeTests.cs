using DataverseSharing.LocalDataverse;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>practices import over the Web API through injected throttling, errors, drops and delays.</summary>
public sealed class ImportOverServeTests : IDisposable
{
    private readonly TempOrg temp = new();

    [Fact]
    public async Task Import_2000PracticesThroughInjectedFaults_EndsWithExactly2000AndAgainChangesNothing()
    {
        Assert.Equal(0, CliRun.Run(temp.OrgPath, "init").ExitCode);
        var file = temp.File("practices.json");
        File.WriteAllText(file, PracticeFileText.Json(2000, "faulted"));

        CliResult first;
        CliResult again;
        await using (var served = await ServedOrg.StartAsync(temp.OrgPath, "429:0.1,503:0.05,drop:0.02,slow:0.1", seed: 7))
        {
            first = await served.RunAsync("practices", "import", file);
            var waits = served.Clock.Waits.Count;
            again = await served.RunAsync("practices", "import", file);

            Assert.True(waits > 0, "the fault injection never made the console wait: " + first.Error);
        }

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2000 created, 0 updated, 0 unchanged", first.Output, StringComparison.Ordinal);
        Assert.Contains("retry: ", first.Error, StringComparison.Ordinal);
        Assert.All(first.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("retry: ", line, StringComparison.Ordinal));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 created, 0 updated, 2000 unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(2000, CountPractices(temp.OrgPath));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Import_ConnectionsDroppedAfterTheServerWrote_NoCopyAndNothingLost(int seed)
    {
        // A third of the requests lose their connection, half of those after the server ran them: a retried batch
        // then meets the rows it already wrote.
        Assert.Equal(0, CliRun.Run(temp.OrgPath, "init").ExitCode);
        var file = temp.File("practices.json");
        File.WriteAllText(file, PracticeFileText.Json(300, "dropped"));

        CliResult result;
        await using (var served = await ServedOrg.StartAsync(temp.OrgPath, "drop:0.3", seed))
        {
            result = await served.RunAsync("practices", "import", file);
        }

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("300 created, 0 updated, 0 unchanged", result.Output, StringComparison.Ordinal);
        Assert.Equal(300, CountPractices(temp.OrgPath));
    }

    private static int CountPractices(string orgPath)
    {
        using var organization = LocalOrganization.Open(orgPath);
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PracticeKey) };
        var keys = organization.SystemService.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        return keys.Count;
    }

    public void Dispose() => temp.Dispose();
}
