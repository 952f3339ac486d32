using DataverseSharing.Integration.Cli;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>The console and the suggest step: a deal update waits for the step, <c>--no-wait</c> does not.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class DealSuggestionsTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public DealSuggestionsTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void DealUpdate_StageToClose_WaitsForTheStepAndChangesTheSuggestionRows()
    {
        var before = Suggested(Show());

        var update = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close");
        var after = Show();

        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.NotEqual(before, Suggested(after));
        var rows = after["suggestions"]!.Children<JObject>().ToList();
        Assert.Contains(rows, r => (string?)r["status"] == "Suggested" && (string?)r["reasons"] is { Length: > 0 });
        Assert.All(rows, r =>
        {
            Assert.NotNull((string?)r["practiceId"]);
            Assert.StartsWith("DEMO-", (string?)r["practiceKey"], StringComparison.Ordinal);
            Assert.Contains((string?)r["status"], new[] { "Suggested", "Applied", "Dismissed" });
            Assert.True(r.ContainsKey("rating"));
        });
    }

    [Fact]
    public void DealUpdate_NoWait_LeavesTheStepQueuedForTheNextCommand()
    {
        var before = Suggested(Show("--no-wait"));

        CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close", "--no-wait");
        var stillQueued = Suggested(Show("--no-wait"));
        Show();
        var ran = Suggested(Show());

        Assert.Equal(before, stillQueued);
        Assert.NotEqual(before, ran);
    }

    [Fact]
    public void SuggestJson_AfterTheStepRan_RanksAsTheStepDid()
    {
        CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close");
        var show = Show();
        var acted = show["suggestions"]!.Children<JObject>().Where(r => (string?)r["status"] != "Suggested").Select(r => (string)r["practiceId"]!).ToHashSet();

        var top = (5 + acted.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var suggest = JObject.Parse(CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", top, "--json").Output);

        // One ranking: the step keeps the best five the rep has not acted on, the custom API ranks the same deal.
        var fresh = suggest["suggestions"]!.Select(s => (string)s["practiceId"]!).Where(id => !acted.Contains(id)).Take(5).ToList();
        Assert.Equal(Suggested(show), fresh);
        Assert.Equal("Close", (string?)suggest["stage"]);
    }

    private JObject Show(params string[] extra) =>
        JObject.Parse(CliRun.Run(org, ["deal", "show", DemoOrgFixture.ShowcaseDeal, "--json", .. extra]).Output);

    private static List<string> Suggested(JObject show) => show["suggestions"]!.Children<JObject>()
        .Where(r => (string?)r["status"] == "Suggested").OrderBy(r => (int?)r["rank"]).Select(r => (string)r["practiceId"]!).ToList();
}
