using DataverseSharing.Integration.Cli;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

[Collection(DemoOrgCollection.Name)]
public sealed class PracticesCommandTests : IDisposable
{
    private const string ValidCsv = "key,title,topic,status,salesStages,competitors\r\nT-1,First practice,Negotiation,Approved,Close,SAP\r\nT-2,\"Second, with a comma\",Pricing,Draft,Propose; Close,\r\n";
    private readonly TempOrg temp = new();
    private readonly string org;

    public PracticesCommandTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void List_TopicAndStatus_FiltersTheLibrary()
    {
        var result = CliRun.Run(org, "practices", "list", "--topic", "negotiation", "--status", "Approved", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var items = JArray.Parse(result.Output);
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Negotiation", (string?)i["topic"]));
        Assert.All(items, i => Assert.Equal("Approved", (string?)i["status"]));
        Assert.True(Guid.TryParse((string?)items[0]["id"], out _));
    }

    [Fact]
    public void List_UnknownTopic_ExitsUsage()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Run(org, "practices", "list", "--topic", "Haggling").ExitCode);
    }

    [Fact]
    public void Import_ValidCsv_CreatesThenUpdatesByKey()
    {
        var file = Write("new.csv", ValidCsv);

        var first = CliRun.Run(org, "practices", "import", file);
        var second = CliRun.Run(org, "practices", "import", file);
        var listed = JArray.Parse(CliRun.Run(org, "practices", "list", "--topic", "Pricing", "--status", "Draft", "--json").Output);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("2 created, 0 updated", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 created, 0 updated, 2 unchanged", second.Output, StringComparison.Ordinal);
        var imported = Assert.Single(listed, i => (string?)i["key"] == "T-2");
        Assert.Equal("Second, with a comma", (string?)imported["title"]);
        Assert.Equal(new[] { "Propose", "Close" }, imported["salesStages"]!.Select(s => (string)s!));
    }

    [Fact]
    public void Import_InvalidRows_ReportsLineFieldAndKeyAndImportsNothing()
    {
        var file = Write("bad.csv", "key,title,topic,version\nG-1,Good,Discovery,1\nB-1,Bad topic,Haggling,1\nB-2,Bad version,Closing,zero\n");

        var result = CliRun.Run(org, "practices", "import", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("bad.csv:3: record 'B-1': field 'topic': 'Haggling' is not a topic", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:4: record 'B-2': field 'version':", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing imported", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("G-1", CliRun.Run(org, "practices", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SkipInvalid_ImportsTheValidRowsAndReportsTheRest()
    {
        var file = Write("mixed.csv", "key,title,topic\nG-1,Good,Discovery\nB-1,,Closing\n");

        var result = CliRun.Run(org, "practices", "import", file, "--skip-invalid");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("mixed.csv:3: record 'B-1': field 'title': required.", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 created", result.Output, StringComparison.Ordinal);
        var list = CliRun.Run(org, "practices", "list").Output;
        Assert.Contains("G-1", list, StringComparison.Ordinal);
        Assert.DoesNotContain("B-1", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DuplicateKeyInFile_NamesBothLines()
    {
        var file = Write("dup.json", "[\n  { \"key\": \"D-1\", \"title\": \"One\", \"topic\": \"Closing\" },\n  { \"key\": \"D-1\", \"title\": \"Two\", \"topic\": \"Closing\" }\n]");

        var result = CliRun.Run(org, "practices", "import", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("dup.json:3: record 'D-1': field 'key': the key already appears on line 2", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("broken.json", "[\n  { \"key\": \"X\",\n", "broken.json:")]
    [InlineData("typo.json", "[\n  { \"key\": \"X\", \"title\": \"T\", \"topik\": \"Closing\" }\n]", "typo.json:2: record 'X': field 'topik': unknown field")]
    [InlineData("quote.csv", "key,title,topic\nX,\"unclosed,Closing\n", "quote.csv:2: a quoted value is not closed")]
    [InlineData("columns.csv", "key,title,topic\nX,T\n", "columns.csv:2: record 'X': 2 values, but the header has 3 columns")]
    [InlineData("header.csv", "key,headline,topic\n", "header.csv:1: field 'headline': unknown column")]
    public void Import_MalformedFile_IsRefusedNamingTheLine(string name, string content, string expected)
    {
        var result = CliRun.Run(org, "practices", "import", Write(name, content));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_ExitsNotFound()
    {
        Assert.Equal(ExitCodes.NotFound, CliRun.Run(org, "practices", "import", temp.File("none.csv")).ExitCode);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void ExportThenImport_IntoEmptyOrg_RoundTripsExactly(string format)
    {
        var exported = temp.File("library." + format);
        var empty = temp.File("empty.db");
        CliRun.Run(org, "practices", "export", "--out", exported);
        CliRun.Run(empty, "init");

        var import = CliRun.Run(empty, "practices", "import", exported);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains(" won, ", File.ReadAllText(exported), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(exported), CliRun.Run(empty, "practices", "export", "--format", format).Output.Replace("\n", Environment.NewLine, StringComparison.Ordinal).Replace("\r" + Environment.NewLine, "\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_CompetitorOutcomes_AreStoredAndABadLineIsNamed()
    {
        var good = Write("outcomes.json", """[{ "key": "C-1", "title": "Against SAP", "topic": "CompetitiveDisplacement", "competitorOutcomes": ["SAP: 7 won, 2 lost"] }]""");
        var bad = Write("bad-outcomes.csv", "key,title,topic,competitorOutcomes\nC-2,Against SAP,CompetitiveDisplacement,SAP: seven won\n");

        var imported = CliRun.Run(org, "practices", "import", good);
        var exported = JArray.Parse(CliRun.Run(org, "practices", "export", "--status", "Draft", "--format", "json").Output);
        var refused = CliRun.Run(org, "practices", "import", bad);

        Assert.Equal(ExitCodes.Success, imported.ExitCode);
        var practice = Assert.Single(exported, i => (string?)i["key"] == "C-1");
        Assert.Equal(new[] { "SAP: 7 won, 2 lost" }, practice["competitorOutcomes"]!.Select(s => (string)s!));
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("bad-outcomes.csv:2: record 'C-2': field 'competitorOutcomes': 'SAP: seven won' is not in the form 'Competitor: 7 won, 2 lost'.", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_StatusFilter_WritesOnlyThatStatus()
    {
        var result = CliRun.Run(org, "practices", "export", "--status", "Retired");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var items = JArray.Parse(result.Output);
        Assert.Single(items);
        Assert.Equal("Retired", (string?)items[0]["status"]);
    }

    private string Write(string name, string content)
    {
        var path = temp.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
