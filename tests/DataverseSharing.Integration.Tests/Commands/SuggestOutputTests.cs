using System.Text.RegularExpressions;
using DataverseSharing.Integration.Cli;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>What <c>suggest</c> prints must not mislead a rep: signs that match the points, and a word on short lists.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed partial class SuggestOutputTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public SuggestOutputTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Suggest_ReasonThatCountedNothing_IsPrintedWithEqualsNotPlus()
    {
        var json = JObject.Parse(CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", "50", "--json").Output);
        var text = CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", "50").Output;
        var lines = text.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        var neutral = json["suggestions"]!.SelectMany(s => s["reasons"]!).Where(r => (double)r["contribution"]! == 0).Select(r => (string)r["text"]!).Distinct().ToList();

        Assert.NotEmpty(neutral);
        Assert.All(neutral, reason =>
        {
            Assert.Contains("= " + reason, lines);
            Assert.DoesNotContain("+ " + reason, lines);
        });
    }

    [Fact]
    public void Suggest_Json_NeverShowsNegativeZero()
    {
        var output = CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", "50", "--json").Output;

        Assert.DoesNotMatch(NegativeZero(), output);
    }

    [Fact]
    public void Suggest_TopBeyondWhatTheTopicCapAllows_SaysWhyFewerCameBack()
    {
        var text = CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", "50");
        var json = JObject.Parse(CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", "50", "--json").Output);
        var count = ((JArray)json["suggestions"]!).Count;

        // Eleven topics, at most two suggestions each.
        Assert.Equal(22, count);
        Assert.Equal((50, 2), ((int)json["requested"]!, (int)json["maxPerTopic"]!));
        Assert.True((int)json["eligibleCount"]! > count);
        var note = (string?)json["note"];
        Assert.StartsWith("Showing 22 of the 50 asked for: at most 2 suggestions share a topic, which holds back ", note, StringComparison.Ordinal);
        Assert.Contains("  " + note, text.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, text.ExitCode);
    }

    [Fact]
    public void Suggest_TopThatFits_HasNoNote()
    {
        var json = JObject.Parse(CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--json").Output);
        var text = CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal).Output;

        Assert.Equal(JTokenType.Null, json["note"]!.Type);
        Assert.Equal(5, (int)json["requested"]!);
        Assert.DoesNotContain("Showing", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"""(contribution|score)"": -0(\.0+)?\s*[,}\r\n]")]
    private static partial Regex NegativeZero();
}
