using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using DataverseSharing.Plugins.Schema;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary><c>deal tag</c> on the demo org, as the demo's manager, rep and administrator (--as).</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class DealTagCommandTests : IDisposable
{
    private static readonly DemoOrg Demo = DemoOrgGenerator.Generate(new DemoOptions());
    private readonly TempOrg temp = new();
    private readonly string org;

    public DealTagCommandTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    private static DemoDeal WonDeal => Demo.Deals.First(d => d.State == OpportunitySchema.StateWon);

    private static DemoUser ManagerOf(DemoDeal deal)
    {
        var owner = Demo.Users.Single(u => u.Id == deal.OwnerId);
        return owner.ManagerId is { } manager ? Demo.Users.Single(u => u.Id == manager) : Demo.Users.First(u => u.Role == "Manager");
    }

    [Fact]
    public void Tag_ManagerTwice_MakesExactlyOneDraft()
    {
        var deal = WonDeal;
        var manager = ManagerOf(deal).FullName;

        var first = CliRun.Run(org, "deal", "tag", deal.Id.ToString("D"), "--notes", "Won on the payback model", "--as", manager);
        var second = CliRun.Run(org, "deal", "tag", deal.Id.ToString("D"), "--notes", "Again", "--as", manager);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("its draft practice is deal-" + deal.Id.ToString("N"), first.Output, StringComparison.Ordinal);
        var drafts = JArray.Parse(CliRun.Run(org, "practices", "list", "--status", "Draft", "--json").Output)
            .Where(p => (string?)p["key"] == "deal-" + deal.Id.ToString("N"))
            .ToList();
        Assert.Single(drafts);
    }

    [Fact]
    public void Tag_OpenDeal_ExitsInvalidWithTheReasonOnOneLine()
    {
        var open = Demo.Deals.First(d => d.State == OpportunitySchema.StateOpen);

        var result = CliRun.Run(org, "deal", "tag", open.Id.ToString("D"), "--notes", "too early", "--as", ManagerOf(open).FullName);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: \"{open.Name}\" is still open; close it as won or lost before tagging it as a practice source.", line.TrimEnd());
    }

    [Fact]
    public void Tag_AsTheDealsOwnRep_ExitsInvalidNamingTheRole()
    {
        // The rep may write their own deal, so the request reaches the tag guard, which refuses it.
        var owner = Demo.Users.Single(u => u.Id == WonDeal.OwnerId);

        var result = CliRun.Run(org, "deal", "tag", WonDeal.Id.ToString("D"), "--notes", "mine", "--as", owner.DomainName);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith($"error: Only a sales manager can tag \"{WonDeal.Name}\" as a practice source", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_WithoutNotes_ExitsUsage()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Run(org, "deal", "tag", WonDeal.Id.ToString("D")).ExitCode);
    }
}
