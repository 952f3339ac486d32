using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class PracticeTopicParserTests
{
    [Theory]
    [InlineData("CompetitiveDisplacement", PracticeTopic.CompetitiveDisplacement)]
    [InlineData("competitivedisplacement", PracticeTopic.CompetitiveDisplacement)]
    [InlineData("  Competitive displacement ", PracticeTopic.CompetitiveDisplacement)]
    [InlineData("demo/proof", PracticeTopic.DemoProof)]
    [InlineData("handoff_to_service", PracticeTopic.HandoffToService)]
    [InlineData("LARGE-DECISION-UNIT", PracticeTopic.LargeDecisionUnit)]
    public void Parse_NameInAnyCaseOrSpacing_ReturnsTopic(string text, PracticeTopic expected)
    {
        Assert.Equal(expected, PracticeTopicParser.Parse(text));
    }

    [Fact]
    public void Parse_EveryEnumName_RoundTrips()
    {
        foreach (var topic in Enum.GetValues<PracticeTopic>())
        {
            Assert.Equal(topic, PracticeTopicParser.Parse(topic.ToString()));
        }
    }

    [Theory]
    [InlineData("Golf")]
    [InlineData("")]
    [InlineData("3")]
    public void Parse_UnknownValue_ThrowsArgumentExceptionNamingValue(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => PracticeTopicParser.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => PracticeTopicParser.Parse(null!));
    }

    [Fact]
    public void Parse_UnknownValue_MessageListsTheKnownTopics()
    {
        var error = Assert.Throws<ArgumentException>(() => PracticeTopicParser.Parse("Golf"));

        Assert.StartsWith(
            "'Golf' is not a known PracticeTopic. Known values: ProspectingNewIndustry, Discovery, Qualification, ",
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains("Closing, HandoffToService.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" - / _ ")]
    public void TryParse_NullOrOnlySeparators_ReturnsFalse(string? text)
    {
        Assert.False(PracticeTopicParser.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Unknown_ReturnsFalse()
    {
        Assert.False(PracticeTopicParser.TryParse("Golf", out _));
        Assert.True(PracticeTopicParser.TryParse("pricing", out var topic));
        Assert.Equal(PracticeTopic.Pricing, topic);
    }
}
