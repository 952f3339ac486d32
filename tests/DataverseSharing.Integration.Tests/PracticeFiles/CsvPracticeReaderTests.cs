using DataverseSharing.Integration.PracticeFiles;

namespace DataverseSharing.Integration.Tests.PracticeFiles;

public sealed class CsvPracticeReaderTests : IDisposable
{
    private readonly PracticeFileScratch files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Read_DoubledQuotesInAQuotedValue_AreOneQuoteEach()
    {
        var (valid, errors) = files.Read("quotes.csv", "key,title,topic,summary\nK-1,\"Say \"\"no\"\" twice\",Closing,\"\"\"\"\"\"\n");

        Assert.Empty(errors);
        var practice = Assert.Single(valid).Practice;
        Assert.Equal("Say \"no\" twice", practice.Title);
        Assert.Equal("\"\"", practice.Summary);
    }

    [Fact]
    public void Read_QuotedValueWithEveryLineBreakAndSeparator_IsKeptExactly()
    {
        var (valid, errors) = files.Read("breaks.csv", "key,title,topic,body\r\nK-1,T,Closing,\"a\r\nb\nc\rd, e; f\"\r\n");

        Assert.Empty(errors);
        Assert.Equal("a\r\nb\nc\rd, e; f", Assert.Single(valid).Practice.Body);
    }

    [Fact]
    public void Read_RecordsSpanningLines_ErrorsNameTheLineEachRecordStartsOn()
    {
        const string csv = "key,title,topic,body\n" +
            "K-1,T,Haggling,\"one\ntwo\nthree\"\n" +
            "K-2,T,Closing,\"four\r\nfive\"\n" +
            "\n" +
            "K-3,T,Bartering,six\n";

        var (valid, errors) = files.Read("lines.csv", csv);

        Assert.Equal("K-2", Assert.Single(valid).Key);
        Assert.Equal(5, valid[0].Line);
        Assert.Equal(new[] { "lines.csv:2: record 'K-1'", "lines.csv:8: record 'K-3'" }, errors.Select(e => e.ToString()[..e.ToString().IndexOf(": field", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Read_CarriageReturnLineEndings_EndRecords()
    {
        var (valid, errors) = files.Read("mac.csv", "key,title,topic\rK-1,T,Closing\rK-2,U,Haggling\r");

        Assert.Equal("K-1", Assert.Single(valid).Key);
        Assert.StartsWith("mac.csv:3: record 'K-2': field 'topic':", Assert.Single(errors).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'+1", "+1")]
    [InlineData("'-5% off", "-5% off")]
    [InlineData("'@SUM(A1)", "@SUM(A1)")]
    [InlineData("\"'\t=x\"", "=x")]
    [InlineData("''quoted'", "'quoted'")]
    [InlineData("'''", "''")]
    [InlineData("'tis the season", "'tis the season")]
    [InlineData("'", "'")]
    [InlineData("' =x", "' =x")]
    [InlineData("=1+1", "=1+1")]
    [InlineData("a '=b", "a '=b")]
    public void Read_CellStartingWithAQuote_LosesOneQuoteOnlyBeforeAFormulaCharacterOrAQuote(string cell, string expected)
    {
        var (valid, errors) = files.Read("escaped.csv", $"key,title,topic\nK-1,{cell},Closing\n");

        Assert.Empty(errors);
        Assert.Equal(expected, Assert.Single(valid).Practice.Title);
    }

    [Fact]
    public void Read_EscapedListCell_LosesTheQuoteBeforeSplitting()
    {
        var (valid, errors) = files.Read("list.csv", "key,title,topic,keywords\nK-1,T,Closing,'-discount; =price; 'x\n");

        Assert.Empty(errors);
        Assert.Equal(new[] { "-discount", "=price", "'x" }, Assert.Single(valid).Practice.Keywords);
    }

    [Theory]
    [InlineData("stray.csv", "key,title,topic\nK-1,Say \"no\",Closing\n", "stray.csv:2: a quote inside an unquoted value")]
    [InlineData("after.csv", "key,title,topic\nK-1,\"Say\" no,Closing\n", "after.csv:2: text after the closing quote")]
    [InlineData("unclosed.csv", "key,title,topic\nK-1,T,Closing\nK-2,\"T,Closing\nK-3,T,Closing\n", "unclosed.csv:3: a quoted value is not closed")]
    [InlineData("empty.csv", "", "empty.csv:1: the file is empty")]
    [InlineData("twice.csv", "key,title,Key\n", "twice.csv:1: field 'Key': the column appears twice")]
    [InlineData("short.csv", "key,title,topic\n\"K-1\nstill K-1\",T\n", "short.csv:2: record 'K-1\\u000Astill K-1': 2 values, but the header has 3 columns")]
    public void Read_MalformedCsv_IsRefusedWholeNamingTheLine(string name, string content, string expected)
    {
        var refused = Assert.Throws<PracticeFileException>(() => files.Read(name, content));

        Assert.StartsWith(expected, refused.Message, StringComparison.Ordinal);
    }
}
