using DataverseSharing.Integration.Cli;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

[Collection(DemoOrgCollection.Name)]
public sealed class DealCommandTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public DealCommandTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Show_Json_HasDealAccountAndSuggestionRows()
    {
        var result = CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JObject.Parse(result.Output);
        Assert.Equal("1-Qualify", (string?)json["stepName"]);
        Assert.Equal(420000m, (decimal)json["estimatedValue"]!);
        Assert.Equal("Northwind Traders", (string?)json["account"]!["name"]);
        Assert.Equal("Wholesale", (string?)json["account"]!["industry"]);
        Assert.Equal(new[] { "SAP" }, json["competitors"]!.Select(t => (string)t!));
        Assert.IsType<JArray>(json["suggestions"]);
    }

    [Fact]
    public void Show_Text_PrintsFieldsAndAccount()
    {
        var result = CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Northwind Traders (Wholesale, North America)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Decision unit", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_Stage_SetsSalesStageAndStepNameAsDynamics()
    {
        var update = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Propose", "--competitor", "Oracle", "--value", "450000");
        var shown = JObject.Parse(CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json").Output);

        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Equal("Propose", (string?)shown["stage"]);
        Assert.Equal("3-Propose", (string?)shown["stepName"]);
        Assert.Equal(new[] { "SAP", "Oracle" }, shown["competitors"]!.Select(t => (string)t!));
        Assert.Equal(450000m, (decimal)shown["estimatedValue"]!);
    }

    [Fact]
    public void Update_ShowcaseToClose_ChangesItsSuggestions()
    {
        var before = Keys(CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--json").Output);
        CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close");
        var after = Keys(CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--json").Output);

        Assert.NotEqual(before, after);
        Assert.True(after.Except(before).Count() >= 2, "moving to Close should bring at least two new practices into the top 5");
    }

    [Fact]
    public void Update_NothingToChange_ExitsUsage()
    {
        var result = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Nothing to update", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_UnknownStage_ExitsUsage()
    {
        var result = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Negotiate");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public void Update_UnknownDeal_ExitsNotFound()
    {
        var result = CliRun.Run(org, "deal", "update", "No such deal at all", "--stage", "Close");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    private static string[] Keys(string json) =>
        ((JArray)JObject.Parse(json)["suggestions"]!).Select(s => (string)s["practiceKey"]!).ToArray();
}
