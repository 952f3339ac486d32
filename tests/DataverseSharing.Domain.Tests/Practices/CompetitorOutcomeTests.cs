using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class CompetitorOutcomeTests
{
    [Fact]
    public void Constructor_NameWithSpaces_IsTrimmedAndCountsKept()
    {
        var outcome = new CompetitorOutcome("  Fabrikam ", 3, 2);

        Assert.Equal("Fabrikam", outcome.Competitor);
        Assert.Equal(3, outcome.Won);
        Assert.Equal(2, outcome.Lost);
        Assert.Equal(5, outcome.Outcomes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_NoName_ThrowsSayingTheNameIsNeeded(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new CompetitorOutcome(name, 1, 0));

        Assert.Equal("competitor", error.ParamName);
        Assert.StartsWith("A competitor outcome needs the competitor's name.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NegativeWon_ThrowsNamingWon()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CompetitorOutcome("Fabrikam", -1, 0));

        Assert.Equal("won", error.ParamName);
        Assert.StartsWith("Won cannot be negative.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NegativeLost_ThrowsNamingLost()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CompetitorOutcome("Fabrikam", 0, -1));

        Assert.Equal("lost", error.ParamName);
        Assert.StartsWith("Lost cannot be negative.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fabrikam", true)]
    [InlineData(" FABRIKAM ", true)]
    [InlineData("Fabrikam Inc", false)]
    [InlineData(null, false)]
    public void IsAgainst_Name_ComparesTrimmedIgnoringCase(string? name, bool expected)
    {
        Assert.Equal(expected, new CompetitorOutcome("Fabrikam", 1, 0).IsAgainst(name));
    }
}
