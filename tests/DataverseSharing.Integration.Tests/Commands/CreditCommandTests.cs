using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using DataverseSharing.Plugins.Schema;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>credit list and the credit fields of practices list --json, on the demo org after a manager's tag.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class CreditCommandTests : IDisposable
{
    private static readonly DemoOrg Demo = DemoOrgGenerator.Generate(new DemoOptions());
    private readonly TempOrg temp = new();
    private readonly string org;

    public CreditCommandTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    private static DemoDeal WonDeal => Demo.Deals.First(d => d.State == OpportunitySchema.StateWon);

    private static DemoUser Owner => Demo.Users.Single(u => u.Id == WonDeal.OwnerId);

    private static DemoUser Manager => Owner.ManagerId is { } id ? Demo.Users.Single(u => u.Id == id) : Demo.Users.First(u => u.Role == "Manager");

    private CliResult TagAsManager() =>
        CliRun.Run(org, "deal", "tag", WonDeal.Id.ToString("D"), "--notes", "Won on the payback model", "--as", Manager.FullName);

    [Fact]
    public void List_AfterATag_CreditsTheManagersTagAndBothContributorsDraft()
    {
        Assert.Equal(ExitCodes.Success, TagAsManager().ExitCode);

        var result = CliRun.Run(org, "credit", "list", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var rows = JArray.Parse(result.Output).ToDictionary(r => (string)r["userId"]!);
        var manager = rows[Manager.Id.ToString("D")];
        Assert.Equal(Manager.FullName, (string?)manager["name"]);
        Assert.Equal(1, (int)manager["practicesContributed"]!);
        Assert.Equal(1, (int)manager["dealsTagged"]!);
        Assert.Equal(0, (int)manager["timesApplied"]!);
        Assert.Equal(0, (int)manager["appliedWins"]!);
        Assert.Equal(1, (int)rows[Owner.Id.ToString("D")]["practicesContributed"]!);
        Assert.Equal(0, (int)rows[Owner.Id.ToString("D")]["dealsTagged"]!);
    }

    [Fact]
    public void List_AsTheRep_ShowsOnlyTheirOwnCredit()
    {
        TagAsManager();

        var result = CliRun.Run(org, "credit", "list", "--json", "--as", Owner.FullName);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(Owner.Id.ToString("D"), (string?)Assert.Single(JArray.Parse(result.Output))["userId"]);
    }

    [Fact]
    public void List_Text_PrintsOneLinePerContributorAndTheCount()
    {
        TagAsManager();

        var result = CliRun.Run(org, "credit", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        Assert.StartsWith("Contributor", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith(Manager.FullName, StringComparison.Ordinal) && l.EndsWith("1      1       0     0", StringComparison.Ordinal));
        Assert.Equal("2 contributor(s).", lines[^1]);
    }

    [Fact]
    public void PracticesListJson_Draft_ShowsItsSourceDealContributorsAndStatistics()
    {
        TagAsManager();

        var result = CliRun.Run(org, "practices", "list", "--status", "Draft", "--json");

        var draft = Assert.Single(JArray.Parse(result.Output), p => (string?)p["sourceOpportunityId"] == WonDeal.Id.ToString("D"));
        Assert.Equal(
            new[] { Owner.FullName, Manager.FullName }.Order(StringComparer.OrdinalIgnoreCase),
            draft["contributors"]!.Select(c => (string)c["name"]!));
        Assert.All(draft["contributors"]!, c => Assert.True(Guid.TryParse((string?)c["userId"], out _)));
        var statistics = (JObject)draft["statistics"]!;
        Assert.Equal(
            new[] { "appliedWon", "appliedLost", "baselineWon", "baselineLost", "timesApplied", "timesDismissed", "againstCompetitors", "conservativeLift" },
            statistics.Properties().Select(p => p.Name));
    }

    [Fact]
    public void PracticesListJson_Approved_StatisticsAreTheStoredCounts()
    {
        var seeded = Demo.Practices.Where(p => p.Status == Domain.Practices.PracticeStatus.Approved)
            .OrderByDescending(p => p.Practice.Effectiveness.AppliedOutcomes).First();

        var listed = JArray.Parse(CliRun.Run(org, "practices", "list", "--status", "Approved", "--json").Output)
            .Single(p => (string?)p["key"] == seeded.Key);

        Assert.True(seeded.Practice.Effectiveness.AppliedOutcomes > 0);
        Assert.Equal(seeded.Practice.Effectiveness.AppliedWon, (int)listed["statistics"]!["appliedWon"]!);
        Assert.Equal(seeded.Practice.Effectiveness.AppliedLost, (int)listed["statistics"]!["appliedLost"]!);
        Assert.Equal(JTokenType.Null, listed["sourceOpportunityId"]!.Type);
        Assert.Empty(listed["contributors"]!);
    }
}
