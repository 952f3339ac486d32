using System.Text;
using System.Text.RegularExpressions;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary><c>suggest --from-file</c> on bad deal files: every problem named with its line and field, exit code 3.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed partial class SuggestFromFileTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public SuggestFromFileTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void SuggestFromFile_ProductsAsOneString_IsAnErrorNotDropped()
    {
        var result = Suggest("{\n  \"stage\": \"Close\",\n  \"products\": \"Cloud ERP\"\n}");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: deal.json:3: field 'products': must be an array of strings", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void SuggestFromFile_ListOfNumbers_NamesEachElement()
    {
        var result = Suggest("{ \"products\": [1, 2] }");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("deal.json:1: field 'products': must be an array of strings: element 1 is a number (1), element 2 is a number (2).", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestFromFile_CompetitorObjects_SaysWhatIsWrongWithoutACastMessage()
    {
        var result = Suggest("{\n\"competitors\": [{\"a\": 1}]\n}");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("deal.json:2: field 'competitors': must be an array of strings: element 1 is an object.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cast", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Newtonsoft", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestFromFile_ValueNotANumber_NamesTheField()
    {
        var result = Suggest("{\n  \"estimatedValue\": \"lots\"\n}");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("deal.json:2: field 'estimatedValue': must be a number, found a string ('lots').", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestFromFile_SeveralProblems_ReportsEveryOneOnItsOwnLineThenASummary()
    {
        var result = Suggest("""
            {
              "products": "Cloud ERP",
              "competitors": [{"a": 1}],
              "estimatedValue": "lots",
              "stage": "Negotiate",
              "colour": "red"
            }
            """);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var lines = result.Error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(6, lines.Length);
        Assert.Equal(new[] { "products", "competitors", "estimatedValue", "stage", "colour" }, lines[..5].Select(l => FieldError().Match(l).Groups["field"].Value));
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, lines[..5].Select(l => int.Parse(FieldError().Match(l).Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("error: 5 problem(s) in deal.json; nothing ranked (the deal file's fields: docs/console.md).", lines[5]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n ")]
    public void SuggestFromFile_EmptyOrBlankFile_SaysItIsEmptyOnLineOne(string text)
    {
        var result = Suggest(text);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: deal.json:1: the file is empty; a deal file holds one JSON object (see docs/console.md).", result.Error.TrimEnd());
        Assert.DoesNotContain("line 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestFromFile_InvalidJson_NamesLineAndColumn()
    {
        var result = Suggest("{\n  \"stage\": \"Close\",\n  \"name\": \"x\" \"y\"\n}");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: deal.json:3: not valid JSON at column 14: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void SuggestFromFile_Latin1Text_IsRefusedNamingTheLine()
    {
        var file = temp.File("deal.json");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes("{\n  \"stage\": \"Close\",\n  \"description\": \"Caf\u00e9 pricing\"\n}"));

        var result = CliRun.Run(org, "suggest", "--from-file", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: deal.json:3: byte 0xE9 at column", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("\"estimatedValue\": -5", "field 'estimatedValue': -5 is negative")]
    [InlineData("\"estimatedValue\": 1e30", "field 'estimatedValue': 1E+30 is more than 1,000,000,000,000")]
    [InlineData("\"decisionUnitSize\": 5000", "field 'decisionUnitSize': 5000 is out of range; it must be from 0 to 1000.")]
    [InlineData("\"decisionUnitSize\": -1", "field 'decisionUnitSize': -1 is out of range")]
    [InlineData("\"decisionUnitSize\": 2.5", "field 'decisionUnitSize': must be a whole number from 0 to 1000, found a number (2.5).")]
    [InlineData("\"stage\": \"Negotiate\"", "field 'stage': 'Negotiate' is not a sales stage (one of Qualify, Develop, Propose, Close).")]
    [InlineData("\"industry\": \"Finance\"", "field 'industry': 'Finance' is not an industry: did you mean 'Financial'?")]
    [InlineData("\"stage\": \"Close\", \"Stage\": \"Propose\"", "field 'Stage': appears again (first on line 1); give each field once.")]
    [InlineData("\"dismissedPracticeIds\": [\"DEMO-00001\"]", "field 'dismissedPracticeIds': element 1 ('DEMO-00001') is not a practice id")]
    [InlineData("\"competitor\": [\"Oracle\"]", "field 'competitor': unknown field (known: name, industry,")]
    public void SuggestFromFile_ValueOutOfItsRules_IsNamed(string fields, string expected)
    {
        var result = Suggest("{ " + fields + " }");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: deal.json:1: " + expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestFromFile_ValidFile_NormalisesLikeTheOrg()
    {
        var result = Suggest("\uFEFF{ \"Stage\": \"close\", \"industry\": \"financial\", \"competitors\": [\" Oracle \", \"oracle\", \"\"], \"estimatedValue\": 600000, \"decisionUnitSize\": 9 }");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Suggestions for \"deal\" (Close; ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestFromFile_LargerThanADealFileCanBe_IsRefusedBeforeReading()
    {
        var file = temp.File("deal.json");
        File.WriteAllText(file, "{ \"description\": \"" + new string('x', 1_100_000) + "\" }");

        var result = CliRun.Run(org, "suggest", "--from-file", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: deal.json: 1,100,021 bytes; a deal file is at most 1,048,576 bytes.", result.Error.TrimEnd());
    }

    [Fact]
    public void SuggestFromFile_AFolder_IsNotFound()
    {
        var result = CliRun.Run(org, "suggest", "--from-file", temp.Folder);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("is a folder; --from-file takes a deal file", result.Error, StringComparison.Ordinal);
    }

    private CliResult Suggest(string json)
    {
        var file = temp.File("deal.json");
        File.WriteAllText(file, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return CliRun.Run(org, "suggest", "--from-file", file);
    }

    [GeneratedRegex(@"^error: deal\.json:(?<line>\d+): field '(?<field>[^']+)': .+$")]
    private static partial Regex FieldError();
}
