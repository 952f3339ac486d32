using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class TopicNamesTests
{
    // The words a rep reads in "your notes match other ... practices"; each topic has its own.
    [Theory]
    [InlineData(PracticeTopic.ProspectingNewIndustry, "new-industry prospecting")]
    [InlineData(PracticeTopic.Discovery, "discovery")]
    [InlineData(PracticeTopic.Qualification, "qualification")]
    [InlineData(PracticeTopic.MessagingNewBuyerRole, "new-buyer-role messaging")]
    [InlineData(PracticeTopic.DemoProof, "demo and proof")]
    [InlineData(PracticeTopic.CompetitiveDisplacement, "competitive")]
    [InlineData(PracticeTopic.Pricing, "pricing")]
    [InlineData(PracticeTopic.Negotiation, "negotiation")]
    [InlineData(PracticeTopic.LargeDecisionUnit, "buying-committee")]
    [InlineData(PracticeTopic.Closing, "closing")]
    [InlineData(PracticeTopic.HandoffToService, "hand-off")]
    public void Describe_EveryTopic_ReturnsItsWords(PracticeTopic topic, string expected)
    {
        Assert.Equal(expected, TopicNames.Describe(topic));
    }

    [Fact]
    public void Describe_AllTopics_AreDistinct()
    {
        var names = Enum.GetValues<PracticeTopic>().Select(TopicNames.Describe).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Describe_ValueOutsideTheEnum_FallsBackToSameTopic()
    {
        Assert.Equal("same-topic", TopicNames.Describe((PracticeTopic)99));
    }
}
