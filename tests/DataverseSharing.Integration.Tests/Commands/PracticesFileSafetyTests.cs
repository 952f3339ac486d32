using System.Text;
using DataverseSharing.Integration.Cli;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>practices import and export with files a spreadsheet or another tool produced: encodings, blank keys, formulas.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class PracticesFileSafetyTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public PracticesFileSafetyTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Import_Latin1Csv_ExitsInvalidNamingTheLineAndImportsNothing()
    {
        var file = temp.File("latin1.csv");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes("key,title,topic\r\nL-1,Good,Pricing\r\nL-2,Café pricing,Pricing\r\n"));

        var result = CliRun.Run(org, "practices", "import", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: latin1.csv:3: byte 0xE9 at column 8 is not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("L-1", CliRun.Run(org, "practices", "list").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blank.json", """[{ "key": "B-1", "title": "Kept out", "topic": "Closing" }, { "key": " ", "title": "Blank", "topic": "Closing" }]""", "blank.json:1: record ' ': field 'key': required")]
    [InlineData("blank.csv", "key,title,topic\nB-1,Kept out,Closing\n\"  \",Blank,Closing\n", "blank.csv:3: record '  ': field 'key': required")]
    public void Import_BlankKey_ExitsInvalidAndImportsNothing(string name, string content, string expected)
    {
        var file = temp.File(name);
        File.WriteAllText(file, content);

        var result = CliRun.Run(org, "practices", "import", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: " + expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("B-1", CliRun.Run(org, "practices", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportCsv_FormulaTexts_AreNeutralisedAndImportRestoresThem()
    {
        var source = temp.File("formulas.json");
        File.WriteAllText(source, """[{ "key": "F-1", "title": "=HYPERLINK(\"http://evil.example\")", "topic": "Pricing", "summary": "-10% for 'loyal' customers", "keywords": ["@mention", "'quoted"] }]""");
        var exported = temp.File("formulas.csv");
        var first = temp.File("first.db");
        var second = temp.File("second.db");
        CliRun.Run(first, "init");
        CliRun.Run(second, "init");

        Assert.Equal(ExitCodes.Success, CliRun.Run(first, "practices", "import", source).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.Run(first, "practices", "export", "--out", exported).ExitCode);
        var import = CliRun.Run(second, "practices", "import", exported);

        var csv = File.ReadAllText(exported);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("'-10% for 'loyal' customers", csv, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, import.ExitCode);
        var practice = Assert.Single(JArray.Parse(CliRun.Run(second, "practices", "export", "--format", "json").Output));
        Assert.Equal("=HYPERLINK(\"http://evil.example\")", (string?)practice["title"]);
        Assert.Equal("-10% for 'loyal' customers", (string?)practice["summary"]);
        Assert.Equal(new[] { "@mention", "'quoted" }, practice["keywords"]!.Select(k => (string)k!));
    }
}
