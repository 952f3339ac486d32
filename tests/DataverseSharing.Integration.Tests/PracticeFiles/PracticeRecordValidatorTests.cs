namespace DataverseSharing.Integration.Tests.PracticeFiles;

public sealed class PracticeRecordValidatorTests : IDisposable
{
    private readonly PracticeFileScratch files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("empty.json", "[\n  { \"title\": \"T\", \"topic\": \"Closing\",\n    \"key\": \"\" }\n]", "empty.json:3: record '': field 'key': ")]
    [InlineData("spaces.json", "[\n  { \"title\": \"T\", \"topic\": \"Closing\",\n    \"key\": \"   \" }\n]", "spaces.json:3: record '   ': field 'key': ")]
    [InlineData("tabs.json", "[\n  { \"key\": \"\\t \\u00a0\", \"title\": \"T\", \"topic\": \"Closing\" }\n]", "tabs.json:2: record '\\u0009 \u00a0': field 'key': ")]
    [InlineData("missing.json", "[\n  { \"title\": \"T\", \"topic\": \"Closing\" }\n]", "missing.json:2: field 'key': ")]
    [InlineData("empty.csv", "title,key,topic\nT,,Closing\n", "empty.csv:2: field 'key': ")]
    [InlineData("spaces.csv", "title,key,topic\nT,   ,Closing\n", "spaces.csv:2: record '   ': field 'key': ")]
    [InlineData("quoted.csv", "title,key,topic\nT,\" \t \",Closing\n", "quoted.csv:2: record ' \\u0009 ': field 'key': ")]
    public void Read_BlankOrMissingKey_IsAnErrorNamingFileLineRecordAndField(string name, string content, string expected)
    {
        var (valid, errors) = files.Read(name, content);

        Assert.Empty(valid);
        var error = Assert.Single(errors);
        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("required", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeyOfMoreThan100Characters_IsAnError()
    {
        var key = new string('K', 101);

        var (valid, errors) = files.Read("long.csv", $"key,title,topic\n{key},T,Closing\n");

        Assert.Empty(valid);
        Assert.Equal($"long.csv:2: record '{key}': field 'key': 101 characters; at most 100.", Assert.Single(errors).ToString());
    }

    [Theory]
    [InlineData("title", """[{ "key": "K-1", "title": " \t\r\n\u3000 ", "topic": "Closing" }]""")]
    [InlineData("topic", """[{ "key": "K-1", "title": "T", "topic": " \t\r\n\u3000 " }]""")]
    public void Read_BlankRequiredText_IsAnErrorNamingTheField(string field, string json)
    {
        var (valid, errors) = files.Read("blank.json", json);

        Assert.Empty(valid);
        Assert.Equal($"blank.json:1: record 'K-1': field '{field}': required.", Assert.Single(errors).ToString());
    }

    [Theory]
    [InlineData("key", "K\\u0007-1")]
    [InlineData("title", "Ring \\u0007 the bell")]
    [InlineData("summary", "Escape \\u001b[31m red")]
    [InlineData("body", "Null \\u0000 inside")]
    [InlineData("body", "DEL \\u007f inside")]
    [InlineData("body", "C1 \\u0085 next line")]
    [InlineData("body", "Form \\f feed")]
    [InlineData("keywords", "bell\\u0007")]
    [InlineData("competitorOutcomes", "SAP\\u000b: 1 won, 0 lost")]
    [InlineData("body", "lone \\ud800 surrogate")]
    [InlineData("title", "reversed \\udc00\\ud800 pair")]
    public void Read_IllegalCharacterInJson_IsAnErrorNamingTheFieldAndNothingIsValid(string field, string escaped)
    {
        var value = field is "keywords" or "competitorOutcomes" ? $"[\"{escaped}\"]" : $"\"{escaped}\"";
        var json = field switch
        {
            "key" => $$"""[{ "key": {{value}}, "title": "T", "topic": "Closing" }]""",
            "title" => $$"""[{ "key": "K-1", "title": {{value}}, "topic": "Closing" }]""",
            _ => $$"""[{ "key": "K-1", "title": "T", "topic": "Closing", "{{field}}": {{value}} }]""",
        };

        var (valid, errors) = files.Read("bad.json", json);

        Assert.Empty(valid);
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.DoesNotContain(error.ToString(), c => char.IsControl(c) || char.IsSurrogate(c));
    }

    [Fact]
    public void Read_ReplacementCharacter_IsAnErrorBecauseTheTextWasDamagedBefore()
    {
        var (valid, errors) = files.Read("mojibake.csv", "key,title,topic\nK-1,Caf\uFFFD pricing,Pricing\n");

        Assert.Empty(valid);
        Assert.StartsWith("mojibake.csv:2: record 'K-1': field 'title': U+FFFD", Assert.Single(errors).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title", "Two\nlines")]
    [InlineData("title", "Tab\tinside")]
    [InlineData("key", "K\r1")]
    [InlineData("regions", "North\nAmerica")]
    public void Read_LineBreakOrTabInAOneLineField_IsAnError(string field, string text)
    {
        var csv = $"key,title,topic,regions\n{(field == "key" ? Quote(text) : "K-1")},{(field == "title" ? Quote(text) : "T")},Closing,{(field == "regions" ? Quote(text) : "")}\n";

        var (valid, errors) = files.Read("one-line.csv", csv);

        Assert.Empty(valid);
        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void Read_TabsAndEveryLineBreakInSummaryAndBody_AreKeptExactly()
    {
        const string json = """[{ "key": "K-1", "title": "T", "topic": "Closing", "summary": "a\tb", "body": "one\r\ntwo\nthree\rfour\u2028five" }]""";

        var (valid, errors) = files.Read("multi.json", json);

        Assert.Empty(errors);
        var practice = Assert.Single(valid).Practice;
        Assert.Equal("a\tb", practice.Summary);
        Assert.Equal("one\r\ntwo\nthree\rfour\u2028five", practice.Body);
    }

    [Fact]
    public void Read_SemicolonInsideAJsonListItem_IsAnErrorInsteadOfASilentSplit()
    {
        const string json = """[{ "key": "K-1", "title": "T", "topic": "Closing", "keywords": ["price; discount"] }]""";

        var (valid, errors) = files.Read("split.json", json);

        Assert.Empty(valid);
        var error = Assert.Single(errors);
        Assert.Equal("keywords", error.Field);
        Assert.Contains("';'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SemicolonSeparatedJsonString_IsStillAList()
    {
        const string json = """[{ "key": "K-1", "title": "T", "topic": "Closing", "keywords": "price; discount" }]""";

        var (valid, errors) = files.Read("list.json", json);

        Assert.Empty(errors);
        Assert.Equal(new[] { "price", "discount" }, Assert.Single(valid).Practice.Keywords);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
