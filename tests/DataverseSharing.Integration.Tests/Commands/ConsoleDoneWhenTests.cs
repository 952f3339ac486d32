using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using DataverseSharing.Plugins.Schema;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// The plug-ins' "done when" list, through the console on a fresh demo org: each item as its user would do it.
/// (That every plug-in class of the net462 assembly binds to the official SDK is SandboxAssemblyTests' part.)
/// </summary>
[Collection(DemoOrgCollection.Name)]
public sealed class ConsoleDoneWhenTests : IDisposable
{
    private static readonly DemoOrg Demo = DemoOrgGenerator.Generate(new DemoOptions());
    private readonly TempOrg temp = new();
    private readonly string org;

    public ConsoleDoneWhenTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    private static string Deal => DemoOrgFixture.ShowcaseDeal;

    private static DemoUser Rep => Demo.Users.First(u => u.Role == "Rep");

    private static DemoUser Approver => Demo.Users.Single(u => u.Role == "Approver");

    [Fact]
    public void MovingADealToClose_ChangesItsSuggestionRows()
    {
        var before = Rows(Show());

        Assert.Equal(ExitCodes.Success, Run("deal", "update", Deal, "--stage", "Close").ExitCode);

        Assert.NotEqual(before, Rows(Show()));
    }

    [Fact]
    public void ApplyingOne_RecordsItOnTheAccount()
    {
        var key = FirstSuggested(ShowWithSuggestions());

        var apply = Run("suggestion", "apply", Deal, key);
        var show = Show();

        Assert.True(apply.ExitCode == ExitCodes.Success, apply.Error);
        Assert.Equal("Applied", (string?)show["suggestions"]!.Single(r => (string?)r["practiceKey"] == key)["status"]);
        Assert.Contains(show["account"]!["practicesUsed"]!, used => (string?)used["practiceKey"] == key);
    }

    [Fact]
    public void WinningTheDeal_MovesThatPracticesStatistics()
    {
        var key = FirstSuggested(ShowWithSuggestions());
        var before = Statistics(key);
        Assert.Equal(ExitCodes.Success, Run("suggestion", "apply", Deal, key).ExitCode);

        var close = Run("deal", "close", Deal, "--won", "--notes", "Signed after the pilot");
        var after = Statistics(key);

        Assert.True(close.ExitCode == ExitCodes.Success, close.Error);
        Assert.Equal("Won", (string?)Show()["status"]);
        Assert.Equal((int)before["appliedWon"]! + 1, (int)after["appliedWon"]!);
        Assert.Equal((int)before["appliedLost"]!, (int)after["appliedLost"]!);
    }

    [Fact]
    public void AManagersTag_MakesExactlyOneDraft_AndCreditsTheTag()
    {
        var won = Demo.Deals.First(d => d.State == OpportunitySchema.StateWon);
        var owner = Demo.Users.Single(u => u.Id == won.OwnerId);
        var taggers = new[] { Demo.Users.Single(u => u.Id == owner.ManagerId), Approver };

        var tags = taggers.Select(m => Run("deal", "tag", won.Id.ToString("D"), "--notes", "Won on the payback model", "--as", m.FullName)).ToList();

        Assert.All(tags, t => Assert.Equal(ExitCodes.Success, t.ExitCode));
        Assert.Single(JArray.Parse(Run("practices", "list", "--status", "Draft", "--json").Output),
            p => (string?)p["sourceOpportunityId"] == won.Id.ToString("D"));
        var credit = JArray.Parse(Run("credit", "list", "--json").Output);
        Assert.Equal(1, credit.Sum(c => (int)c["dealsTagged"]!));
        Assert.Equal(1, (int)credit.Single(c => (string?)c["userId"] == taggers[0].Id.ToString("D"))["dealsTagged"]!);
    }

    [Fact]
    public void TaggingAnOpenDeal_ExitsThreeWithTheReason()
    {
        var open = Demo.Deals.First(d => d.State == OpportunitySchema.StateOpen);

        var tag = Run("deal", "tag", open.Id.ToString("D"), "--notes", "too early", "--as", Demo.Users.Single(u => u.Id == Demo.Users.Single(o => o.Id == open.OwnerId).ManagerId).FullName);

        Assert.Equal(3, tag.ExitCode);
        Assert.Equal($"error: \"{open.Name}\" is still open; close it as won or lost before tagging it as a practice source.", tag.Error.Trim());
    }

    [Fact]
    public void ARep_CannotApprove()
    {
        var submitted = Demo.Practices.First(p => p.Status == Domain.Practices.PracticeStatus.Submitted).Key;

        var approve = Run("practices", "approve", submitted, "--as", Rep.FullName);

        Assert.Equal(3, approve.ExitCode);
        Assert.StartsWith("error: ", approve.Error, StringComparison.Ordinal);
        Assert.Equal("Submitted", (string?)JArray.Parse(Run("practices", "list", "--json").Output).Single(p => (string?)p["key"] == submitted)["status"]);
        Assert.Equal(ExitCodes.Success, Run("practices", "approve", submitted, "--as", Approver.FullName).ExitCode);
    }

    private CliResult Run(params string[] args) => CliRun.Run(org, args);

    private JObject Show() => JObject.Parse(Run("deal", "show", Deal, "--json").Output);

    // The demo leaves the showcase deal in Qualify with no suggestion rows: a rep moving it on is what makes the
    // suggest step write them (the command waits for it).
    private JObject ShowWithSuggestions()
    {
        Assert.Equal(ExitCodes.Success, Run("deal", "update", Deal, "--stage", "Develop").ExitCode);
        return Show();
    }

    private static string Rows(JObject show) =>
        string.Join(";", show["suggestions"]!.Select(r => $"{r["practiceKey"]}@{r["rank"]}:{r["status"]}"));

    private static string FirstSuggested(JObject show) =>
        (string)show["suggestions"]!.First(r => (string?)r["status"] == "Suggested")["practiceKey"]!;

    private JObject Statistics(string key) =>
        (JObject)JArray.Parse(Run("practices", "list", "--json").Output).Single(p => (string?)p["key"] == key)["statistics"]!;
}
