using DataverseSharing.Integration.Cli;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary><c>suggestion apply|dismiss|rate</c> and <c>deal close</c> on the demo org, read back with <c>deal show</c> and <c>practices list</c>.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class FeedbackCommandsTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    // The showcase deal starts without suggestion rows; moving it to Close makes the suggest step write them.
    public FeedbackCommandsTests(DemoOrgFixture fixture)
    {
        org = fixture.CopyTo(temp);
        Assert.Equal(ExitCodes.Success, CliRun.Run(org, "deal", "update", Deal, "--stage", "Close").ExitCode);
    }

    public void Dispose() => temp.Dispose();

    private static string Deal => DemoOrgFixture.ShowcaseDeal;

    [Fact]
    public void Apply_ThenShow_RowIsAppliedAndTheAccountRemembersIt()
    {
        var key = FirstSuggestedKey();

        var apply = CliRun.Run(org, "suggestion", "apply", Deal, key);
        var show = Show();

        Assert.Equal(ExitCodes.Success, apply.ExitCode);
        Assert.StartsWith($"Applied {key} (", apply.Output, StringComparison.Ordinal);
        Assert.Equal("Applied", (string?)Row(show, key)["status"]);
        Assert.Contains(show["account"]!["practicesUsed"]!, u => (string?)u["practiceKey"] == key && (string?)u["outcome"] == "Open");
    }

    [Fact]
    public void CloseWon_AfterApply_StatusIsWonAndThePracticesStatisticsMove()
    {
        var key = FirstSuggestedKey();
        var before = AppliedWon(key);
        CliRun.Run(org, "suggestion", "apply", Deal, key);

        var close = CliRun.Run(org, "deal", "close", Deal, "--won", "--competitor", "Oracle", "--notes", "Payback model convinced the CFO");
        var show = Show();

        Assert.Equal(ExitCodes.Success, close.ExitCode);
        Assert.Equal("Won", (string?)show["status"]);
        Assert.Equal("Won", (string?)show["statusReason"]);
        Assert.Contains("Oracle", show["competitors"]!.Values<string>());
        Assert.Contains(show["account"]!["practicesUsed"]!, u => (string?)u["practiceKey"] == key && (string?)u["outcome"] == "Won");
        Assert.Equal(before + 1, AppliedWon(key));
    }

    [Fact]
    public void CloseLost_ThenCloseAgain_ExitsInvalidSayingItIsClosed()
    {
        var lost = CliRun.Run(org, "deal", "close", Deal, "--lost");
        var again = CliRun.Run(org, "deal", "close", Deal, "--won");

        Assert.Equal(ExitCodes.Success, lost.ExitCode);
        Assert.Equal("Lost", (string?)Show()["status"]);
        Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
        Assert.Equal($"error: \"{Deal}\" is already closed as Lost; only an open deal can be closed.", again.Error.Trim());
    }

    [Fact]
    public void DismissAndRate_ThenShow_HoldTheReasonAndTheStars()
    {
        var keys = Show()["suggestions"]!.Where(r => (string?)r["status"] == "Suggested").Select(r => (string)r["practiceKey"]!).Take(2).ToList();

        var dismiss = CliRun.Run(org, "suggestion", "dismiss", Deal, keys[0], "--reason", "Customer already has it");
        var rate = CliRun.Run(org, "suggestion", "rate", Deal, keys[1], "--stars", "4");
        var show = Show();

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (dismiss.ExitCode, rate.ExitCode));
        Assert.Equal(("Dismissed", "Customer already has it"), ((string?)Row(show, keys[0])["status"], (string?)Row(show, keys[0])["dismissReason"]));
        Assert.Equal(4, (int?)Row(show, keys[1])["rating"]);
    }

    [Theory]
    [InlineData(new[] { "suggestion", "dismiss", "{deal}", "{key}" }, ExitCodes.Usage)]
    [InlineData(new[] { "suggestion", "rate", "{deal}", "{key}", "--stars", "6" }, ExitCodes.Usage)]
    [InlineData(new[] { "suggestion", "apply", "{deal}", "no-such-practice" }, ExitCodes.NotFound)]
    [InlineData(new[] { "deal", "close", "{deal}" }, ExitCodes.Usage)]
    [InlineData(new[] { "deal", "close", "{deal}", "--won", "--lost" }, ExitCodes.Usage)]
    [InlineData(new[] { "deal", "close", "{deal}", "--lost", "--competitor", "A;B" }, ExitCodes.Usage)]
    public void BadInput_ExitsWithOneErrorLineAndWritesNothing(string[] args, int exitCode)
    {
        var key = FirstSuggestedKey();
        var before = Show().ToString();

        var result = CliRun.Run(org, args.Select(a => a.Replace("{deal}", Deal, StringComparison.Ordinal).Replace("{key}", key, StringComparison.Ordinal)).ToArray());

        Assert.Equal(exitCode, result.ExitCode);
        Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("error: ", l, StringComparison.Ordinal));
        Assert.Equal(before, Show().ToString());
    }

    private JObject Show() => JObject.Parse(CliRun.Run(org, "deal", "show", Deal, "--json").Output);

    private static JObject Row(JObject show, string key) => show["suggestions"]!.Children<JObject>().Single(r => (string?)r["practiceKey"] == key);

    private string FirstSuggestedKey() =>
        (string)Show()["suggestions"]!.First(r => (string?)r["status"] == "Suggested")["practiceKey"]!;

    private int AppliedWon(string key) =>
        (int)JArray.Parse(CliRun.Run(org, "practices", "list", "--json").Output).Single(p => (string?)p["key"] == key)["appliedWon"]!;
}
