using DataverseSharing.Integration.Cli;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

[Collection(DemoOrgCollection.Name)]
public sealed class SuggestCommandTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public SuggestCommandTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Suggest_ShowcaseByName_PrintsFiveRankedPracticesWithReasons()
    {
        var result = CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal.ToUpperInvariant());

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("1-Qualify", result.Output, StringComparison.Ordinal);
        for (var rank = 1; rank <= 5; rank++)
        {
            Assert.Contains($" {rank}. ", result.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(" 6. ", result.Output, StringComparison.Ordinal);
        Assert.Contains("same stage: Qualify", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_Json_HasTheDocumentedShape()
    {
        var result = CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--json", "--top", "3");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JObject.Parse(result.Output);
        Assert.Equal(DemoOrgFixture.ShowcaseDeal, (string?)json["name"]);
        Assert.Equal("Qualify", (string?)json["stage"]);
        Assert.True(Guid.TryParse((string?)json["opportunityId"], out _));
        Assert.True((int)json["libraryCount"]! >= 100);
        var suggestions = (JArray)json["suggestions"]!;
        Assert.Equal(3, suggestions.Count);
        var first = (JObject)suggestions[0];
        Assert.Equal(new[] { "rank", "practiceId", "practiceKey", "title", "topic", "score", "reasons" }, first.Properties().Select(p => p.Name));
        Assert.Equal(1, (int)first["rank"]!);
        Assert.StartsWith("DEMO-", (string?)first["practiceKey"], StringComparison.Ordinal);
        var reason = (JObject)((JArray)first["reasons"]!)[0];
        Assert.Equal(new[] { "factor", "text", "contribution" }, reason.Properties().Select(p => p.Name));
    }

    [Fact]
    public void Suggest_AmbiguousName_ExitsNotFoundListingMatches()
    {
        var result = CliRun.Run(org, "suggest", "Cloud ERP");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("matches several opportunities", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Suggest_UnknownName_ExitsNotFoundWithNearMatches()
    {
        var result = CliRun.Run(org, "suggest", "Northwind Logistics overhaul");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("No opportunity is named", result.Error, StringComparison.Ordinal);
        Assert.Contains("Near matches: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Northwind Traders - ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_UnknownId_ExitsNotFound()
    {
        var result = CliRun.Run(org, "suggest", Guid.NewGuid().ToString());

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("No opportunity has the id", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    public void Suggest_TopOutOfRange_ExitsUsage(string top)
    {
        var result = CliRun.Run(org, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", top);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--top must be between 1 and 50", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("[N]orthwind")]
    public void Suggest_LikeWildcardsInName_AreLiteralAndMatchNoDeal(string name)
    {
        var result = CliRun.Run(org, "suggest", name);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith($"error: No opportunity is named \"{name}\".", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("matches several", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_NameStartingWithAt_IsANameNotAResponseFile()
    {
        var result = CliRun.Run(org, "suggest", "@Northwind Traders - Supply");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith("error: No opportunity is named \"@Northwind Traders - Supply\".", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_UnderscoreInPartOfName_DoesNotMatchTheShowcase()
    {
        var result = CliRun.Run(org, "suggest", "N_rthwind Traders - Supply");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Suggest_EmptyName_ExitsUsageWithOneErrorLine(string name)
    {
        var result = CliRun.Run(org, "suggest", name);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: The opportunity name is empty: give its name, a unique part of it, or its id.", result.Error.Trim());
    }

    [Fact]
    public void Suggest_NameLongerThanAnyOpportunityName_ExitsUsageWithOneShortLine()
    {
        var result = CliRun.Run(org, "suggest", new string('n', 100_000));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("error: The opportunity name 'nnnn", result.Error, StringComparison.Ordinal);
        Assert.Contains("(100,000 characters) is longer than an opportunity name can be (300 characters).", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 300, "the error echoes a short prefix, not the whole value");
    }

    [Fact]
    public void Suggest_NameOfTheLongestPossibleLength_IsLookedUp()
    {
        var result = CliRun.Run(org, "suggest", new string('n', 300));

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("No opportunity is named", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_NeitherNameNorFile_ExitsUsage()
    {
        var result = CliRun.Run(org, "suggest");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public void Suggest_FromFile_RanksTheDescribedDeal()
    {
        var file = temp.File("deal.json");
        File.WriteAllText(file, """
            {
              "name": "Acme negotiation",
              "industry": "Financial",
              "stage": "Close",
              "estimatedValue": 600000,
              "competitors": ["Oracle"],
              "buyerRoles": ["Procurement"],
              "description": "Procurement asks for a discount before signature"
            }
            """);

        var result = CliRun.Run(org, "suggest", "--from-file", file, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JObject.Parse(result.Output);
        Assert.Equal("Acme negotiation", (string?)json["name"]);
        Assert.Equal("Close", (string?)json["stage"]);
        Assert.Equal(JTokenType.Null, json["opportunityId"]!.Type);
        Assert.Equal(5, ((JArray)json["suggestions"]!).Count);
    }

    [Fact]
    public void Suggest_FromFileWithUnknownField_ExitsInvalidNamingLineAndField()
    {
        var file = temp.File("deal.json");
        File.WriteAllText(file, "{\n  \"stage\": \"Close\",\n  \"competitor\": \"Oracle\"\n}");

        var result = CliRun.Run(org, "suggest", "--from-file", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("deal.json:3: field 'competitor': unknown field", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_FromMissingFile_ExitsNotFound()
    {
        var result = CliRun.Run(org, "suggest", "--from-file", temp.File("missing.json"));

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }
}
