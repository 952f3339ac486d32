using DataverseSharing.Integration.Demo;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>The console gives the same output over the Web API (serve on loopback) as on the embedded file.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class ConsoleOverServeTests(DemoOrgFixture demo) : IDisposable
{
    private readonly TempOrg temp = new();

    [Theory]
    [InlineData("suggest", DemoDeals.ShowcaseName)]
    [InlineData("suggest", DemoDeals.ShowcaseName, "--json")]
    [InlineData("deal", "show", DemoDeals.ShowcaseName)]
    [InlineData("deal", "show", DemoDeals.ShowcaseName, "--json")]
    [InlineData("practices", "list")]
    [InlineData("practices", "list", "--json")]
    public async Task Command_OverServe_SameOutputAsEmbedded(params string[] args)
    {
        var org = demo.CopyTo(temp);
        var embedded = CliRun.Run(org, args);
        Assert.Equal(0, embedded.ExitCode);

        await using var served = await ServedOrg.StartAsync(org);
        var remote = await served.RunAsync(args);

        Assert.Equal(string.Empty, remote.Error);
        Assert.Equal(0, remote.ExitCode);
        Assert.Equal(embedded.Output, remote.Output);
    }

    [Fact]
    public async Task Suggest_OverServe_AtMostFourRequests()
    {
        // The custom API ranks on the server, so the console only finds the deal and calls it.
        var org = demo.CopyTo(temp);
        await using var served = await ServedOrg.StartAsync(org);

        var result = await served.RunAsync("suggest", DemoDeals.ShowcaseName, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty((JArray)JObject.Parse(result.Output)["suggestions"]!);
        Assert.InRange(served.Requests, 1, 4);
    }

    public void Dispose() => temp.Dispose();
}
