using CsvHelper;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.PracticeFiles;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Integration.Tests.PracticeFiles;

public sealed class CsvPracticeWriterTests : IDisposable
{
    private readonly PracticeFileScratch files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1,2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Write_TextStartingWithAFormulaCharacter_IsWrittenAfterASingleQuote(string text)
    {
        var cells = CellsOf(files.WriteCsv(Practice("K-1", text)));

        Assert.Equal("'" + text, cells["title"]);
        Assert.Equal("'" + text, cells["summary"]);
        Assert.Equal("'" + text, cells["body"]);
    }

    [Theory]
    [InlineData("'quoted'", "''quoted'")]
    [InlineData("'", "''")]
    [InlineData("'=1", "''=1")]
    [InlineData("plain 'text' = fine", "plain 'text' = fine")]
    [InlineData(" =1", " =1")]
    public void Write_TextStartingWithAQuote_GetsOneMoreSoImportCanTellItApart(string text, string cell)
    {
        Assert.Equal(cell, CellsOf(files.WriteCsv(Practice("K-1", text)))["title"]);
    }

    [Fact]
    public void Write_KeyAndListStartingWithAFormulaCharacter_AreNeutralisedToo()
    {
        var practice = Practice("=K-1", "T") with { Practice = Practice("=K-1", "T").Practice with { Keywords = new[] { "-discount", "=price" } } };

        var cells = CellsOf(files.WriteCsv(practice));

        Assert.Equal("'=K-1", cells["key"]);
        Assert.Equal("'-discount; =price", cells["keywords"]);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+x")]
    [InlineData("-5% off")]
    [InlineData("@mention")]
    [InlineData("'quoted")]
    [InlineData("''")]
    [InlineData("'=1")]
    [InlineData("'")]
    public void WriteThenRead_FormulaAndQuoteTexts_RoundTripExactly(string text)
    {
        var written = Practice(text, text) with { Practice = Practice(text, text).Practice with { Competitors = new[] { text, "SAP" } } };

        var (valid, errors) = PracticeFileReader.Read(files.Write(new[] { written }, PracticeFileFormat.Csv));

        Assert.Empty(errors);
        var read = Assert.Single(valid);
        Assert.Equal(PracticeFileView.Describe(written), PracticeFileView.Describe(new KeyedPractice(read.Key, read.Practice)));
    }

    [Fact]
    public void Write_Header_NamesEveryColumnInTheDocumentedOrder()
    {
        var csv = files.WriteCsv(Practice("K-1", "T"));

        Assert.StartsWith(string.Join(",", PracticeFields.All) + "\r\n", csv, StringComparison.Ordinal);
    }

    // The cells of the first record by column name, parsed by CsvHelper on its own: what a spreadsheet would see.
    private static Dictionary<string, string> CellsOf(string csv)
    {
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { Separator = ',', HasHeader = true });
        Assert.True(reader.Read());
        return reader.Headers.Select((name, i) => (name, value: reader.GetString(i) ?? string.Empty)).ToDictionary(c => c.name, c => c.value);
    }

    private static KeyedPractice Practice(string key, string text) => new(key, new Practice
    {
        Title = text,
        Summary = text,
        Body = text,
        Topic = PracticeTopic.Closing,
        Status = PracticeStatus.Draft,
    });
}
