using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using DataverseSharing.Testing.Faults;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>Two console processes running lifecycle verbs on one org file at the same moment lose nothing.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class PracticesLifecycleProcessesTests : IDisposable
{
    private static readonly DemoOrg Demo = DemoOrgGenerator.Generate(new DemoOptions());
    private readonly TempOrg temp = new();
    private readonly string org;

    public PracticesLifecycleProcessesTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    private static string Approver => Demo.Users.Single(u => u.Role == "Approver").FullName;

    private static IReadOnlyList<string> Approved => Demo.Practices.Where(p => p.Status == Domain.Practices.PracticeStatus.Approved).Select(p => p.Key).ToList();

    [Fact]
    public async Task RetireAndRevise_TwoProcessesAtOnceThreeTimes_BothLand()
    {
        for (var i = 0; i < 3; i++)
        {
            var (retire, revise) = (Approved[2 * i], Approved[(2 * i) + 1]);

            var runs = await Both(["practices", "retire", retire, "--as", Approver], ["practices", "revise", revise, "--as", Approver]);

            Assert.All(runs, r => Assert.True(r.ExitCode == ExitCodes.Success, r.ToString()));
            var listed = List();
            Assert.Equal("Retired", Status(listed, retire));
            Assert.Equal("Draft", Status(listed, revise + "-v2"));
            Assert.Equal("Approved", Status(listed, revise));
        }
    }

    [Fact]
    public async Task Revise_SamePracticeFromTwoProcessesAtOnce_MakesExactlyOneRevision()
    {
        for (var i = 0; i < 3; i++)
        {
            var key = Approved[10 + i];
            string[] revise = ["practices", "revise", key, "--as", Approver];

            var runs = await Both(revise, revise);

            Assert.Equal(new[] { ExitCodes.Success, ExitCodes.InvalidInput }, runs.Select(r => r.ExitCode).Order());
            Assert.Single(List(), p => ((string?)p["key"])!.StartsWith(key + "-v", StringComparison.Ordinal));
        }
    }

    private async Task<ChildRun[]> Both(string[] first, string[] second) =>
        await Task.WhenAll(
            Task.Run(() => ConsoleProcess.Command(org, first).RunToEnd()),
            Task.Run(() => ConsoleProcess.Command(org, second).RunToEnd()));

    private JArray List() => JArray.Parse(CliRun.Run(org, "practices", "list", "--json").Output);

    private static string? Status(JArray listed, string key) => (string?)listed.Single(p => (string?)p["key"] == key)["status"];
}
