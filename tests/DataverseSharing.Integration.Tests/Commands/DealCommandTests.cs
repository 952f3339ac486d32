using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Testing.Services;
using Microsoft.Xrm.Sdk;
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

    [Theory]
    [InlineData("SAP")]
    [InlineData("sap")]
    public void Update_CompetitorAlreadyListed_SaysSoAndSendsNoUpdate(string competitor)
    {
        var before = Version();

        var result = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--competitor", competitor);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Nothing to change on \"{DemoOrgFixture.ShowcaseDeal}\": competitors already include SAP.", result.Output.Trim());
        Assert.DoesNotContain("competitors +", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, Version());
    }

    [Fact]
    public void Update_CompetitorsPartlyListed_PrintsOnlyWhatWasAdded()
    {
        var result = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--competitor", "SAP", "--competitor", "Oracle", "--competitor", "oracle");
        var shown = JObject.Parse(CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json").Output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Updated \"{DemoOrgFixture.ShowcaseDeal}\": competitors + Oracle (competitors already include SAP).", result.Output.Trim());
        Assert.Equal(new[] { "SAP", "Oracle" }, shown["competitors"]!.Select(t => (string)t!));
    }

    [Fact]
    public void Update_NameWithUnderscore_IsNotAWildcardAndChangesNoOtherDeal()
    {
        var before = Version();

        var result = CliRun.Run(org, "deal", "update", "N_rthwind Traders - Supply Chain Planning rollout", "--competitor", "Infor");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("No opportunity is named \"N_rthwind Traders", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Version());
    }

    [Theory]
    [InlineData("--competitor", "")]
    [InlineData("--competitor", "Oracle; Infor")]
    [InlineData("--buyer-role", " ")]
    public void Update_ListValueEmptyOrWithSeparator_ExitsUsageNamingTheOption(string option, string value)
    {
        var before = Version();

        var result = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: " + option, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal(before, Version());
    }

    [Fact]
    public void Update_AnotherWriterBeforeEveryAttempt_ExitsEnvironmentAndReportsNoSuccess()
    {
        var retry = new DealUpdateRetry(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));
        var rival = 0;
        var result = CliRun.Run(
            org,
            service => new InterleavingService(service, (inner, target) => inner.Update(new Entity("opportunity", target.Id) { ["dvs_decisionunitsize"] = ++rival })),
            retry,
            "deal", "update", DemoOrgFixture.ShowcaseDeal, "--competitor", "Oracle");
        var shown = JObject.Parse(CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json").Output);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(
            $"error: \"{DemoOrgFixture.ShowcaseDeal}\" was changed by another writer before each of 4 attempts to update it; nothing was changed. Run the command again.",
            result.Error.Trim());
        Assert.Equal(new[] { "SAP" }, shown["competitors"]!.Select(t => (string)t!));
        Assert.Equal(4, (int)shown["decisionUnitSize"]!);
    }

    private long Version() => (long)JObject.Parse(CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json").Output)["version"]!;

    private static string[] Keys(string json) =>
        ((JArray)JObject.Parse(json)["suggestions"]!).Select(s => (string)s["practiceKey"]!).ToArray();
}
