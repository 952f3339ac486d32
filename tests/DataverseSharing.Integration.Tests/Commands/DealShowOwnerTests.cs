using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary><c>deal show</c> names the owner: a rep reads a name, a script keeps the id.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class DealShowOwnerTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public DealShowOwnerTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    private static DemoUser ShowcaseOwner
    {
        get
        {
            var demo = DemoOrgGenerator.Generate(new DemoOptions());
            var deal = demo.Deals.Single(d => d.Name == DemoDeals.ShowcaseName);
            return demo.Users.Single(u => u.Id == deal.OwnerId);
        }
    }

    [Fact]
    public void Show_Json_KeepsTheOwnerIdAndAddsTheName()
    {
        var result = CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JObject.Parse(result.Output);
        Assert.Equal(ShowcaseOwner.Id.ToString("D"), (string?)json["owner"]);
        Assert.Equal(ShowcaseOwner.FullName, (string?)json["ownerName"]);
    }

    [Fact]
    public void Show_Text_PrintsTheOwnerByName()
    {
        var result = CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal);

        var line = Assert.Single(result.Output.Split('\n'), l => l.TrimStart().StartsWith("Owner ", StringComparison.Ordinal));
        Assert.Equal("Owner              " + ShowcaseOwner.FullName, line.Trim());
    }
}
