namespace DataverseSharing.RelevanceEval.Tests;

public class CommandLineTests
{
    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var options = CommandLine.Parse(["--data", "d", "--synthetic", "2000", "--deals", "200", "--seed", "5", "--json", "--verbose"]);

        Assert.Equal("d", options.DataDirectory);
        Assert.Equal(2000, options.SyntheticPractices);
        Assert.Equal(200, options.SyntheticDeals);
        Assert.Equal(5, options.Seed);
        Assert.True(options.Json);
        Assert.True(options.Verbose);
    }

    [Fact]
    public void Parse_UnknownOption_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--fast"]));

        Assert.Contains("--fast", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonNumericCount_ThrowsNamingOptionAndValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--synthetic", "lots"]));

        Assert.Contains("--synthetic needs a positive whole number, got 'lots'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--data"]));
    }

    [Fact]
    public void Parse_Holdout_PointsAtTheHeldOutSetNextToTheBinary()
    {
        var options = CommandLine.Parse(["--holdout"]);

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "data-holdout"), options.DataDirectory);
    }

    [Fact]
    public void Parse_Test_PointsAtTheBlindTestSetNextToTheBinary()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "data-test"), CommandLine.Parse(["--test"]).DataDirectory);
    }

    [Fact]
    public void Parse_Reserve_PointsAtTheReserveSetNextToTheBinary()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "data-reserve"), CommandLine.Parse(["--reserve"]).DataDirectory);
    }

    [Fact]
    public void Parse_Sealed_PointsAtTheSealedSetNextToTheBinary()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "data-sealed"), CommandLine.Parse(["--sealed"]).DataDirectory);
    }

    [Fact]
    public void Parse_Explain_ReadsTheDealId()
    {
        Assert.Equal("D012", CommandLine.Parse(["--explain", "D012"]).ExplainDealId);
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--explain"]));
    }
}
