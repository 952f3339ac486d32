using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;

namespace DataverseSharing.Plugins.Tests.Mapping;

public sealed class CompetitorOutcomesColumnTests
{
    [Fact]
    public void Format_Outcomes_OneReadableLinePerCompetitor()
    {
        var text = CompetitorOutcomesColumn.Format([new CompetitorOutcome("Fabrikam", 7, 2), new CompetitorOutcome("Northwind", 0, 3)]);

        Assert.Equal("Fabrikam: 7 won, 2 lost\nNorthwind: 0 won, 3 lost", text);
    }

    [Fact]
    public void Format_NoOutcomes_IsNull()
    {
        Assert.Null(CompetitorOutcomesColumn.Format([]));
    }

    [Fact]
    public void Parse_NamesWithColonsAndCommas_ReadFromTheRight()
    {
        var outcomes = CompetitorOutcomesColumn.Parse("Contoso, Ltd.: Cloud: 3 won, 1 lost\r\n\r\n  Fabrikam: 7 won, 2 lost  ", "row");

        Assert.Equal([new CompetitorOutcome("Contoso, Ltd.: Cloud", 3, 1), new CompetitorOutcome("Fabrikam", 7, 2)], outcomes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Parse_Empty_GivesNoOutcomes(string? text)
    {
        Assert.Empty(CompetitorOutcomesColumn.Parse(text, "row"));
    }

    [Theory]
    [InlineData("Fabrikam 7 won, 2 lost")]
    [InlineData(": 7 won, 2 lost")]
    [InlineData("Fabrikam: -1 won, 2 lost")]
    [InlineData("Fabrikam: 7 won 2 lost")]
    [InlineData("Fabrikam: 7 won, 2")]
    public void Parse_MalformedLine_ThrowsNamingWhereAndTheLine(string line)
    {
        var ex = Assert.Throws<ArgumentException>(() => CompetitorOutcomesColumn.Parse(line, "dvs_bestpractice 42"));

        Assert.StartsWith("dvs_bestpractice 42: dvs_competitoroutcomes line 1 is '", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatThenParse_RoundTrips()
    {
        IReadOnlyList<CompetitorOutcome> outcomes = [new("Adventure Works", 12, 0), new("Litware", 0, 0)];

        Assert.Equal(outcomes, CompetitorOutcomesColumn.Parse(CompetitorOutcomesColumn.Format(outcomes), "row"));
    }
}
