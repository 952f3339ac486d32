using DataverseSharing.Integration.Deals;

namespace DataverseSharing.Integration.Tests.Deals;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("Northwind", "Northwind")]
    [InlineData("50%", "50[%]")]
    [InlineData("N_rthwind", "N[_]rthwind")]
    [InlineData("[draft]", "[[]draft]")]
    [InlineData(@"a\b", @"a\b")]
    public void Literal_SpecialCharacters_AreBracketed(string text, string expected)
    {
        Assert.Equal(expected, LikePattern.Literal(text));
    }

    [Fact]
    public void Containing_Text_IsLiteralBetweenWildcards()
    {
        Assert.Equal("%[%]%", LikePattern.Containing("%"));
    }
}
