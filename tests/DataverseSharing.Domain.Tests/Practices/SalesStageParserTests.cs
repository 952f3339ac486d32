using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class SalesStageParserTests
{
    [Theory]
    [InlineData("propose", SalesStage.Propose)]
    [InlineData("QUALIFY", SalesStage.Qualify)]
    [InlineData(" Close ", SalesStage.Close)]
    public void Parse_NameInAnyCase_ReturnsStage(string text, SalesStage expected)
    {
        Assert.Equal(expected, SalesStageParser.Parse(text));
    }

    [Fact]
    public void Parse_UnknownValue_ThrowsArgumentExceptionNamingValue()
    {
        var error = Assert.Throws<ArgumentException>(() => SalesStageParser.Parse("Negotiate"));

        Assert.Contains("'Negotiate'", error.Message, StringComparison.Ordinal);
    }
}
