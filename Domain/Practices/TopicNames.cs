namespace DataverseSharing.Domain.Practices;

/// <summary>Topics in the words a rep reads in an explanation ("other pricing practices").</summary>
public static class TopicNames
{
    public static string Describe(PracticeTopic topic) => topic switch
    {
        PracticeTopic.ProspectingNewIndustry => "new-industry prospecting",
        PracticeTopic.Discovery => "discovery",
        PracticeTopic.Qualification => "qualification",
        PracticeTopic.MessagingNewBuyerRole => "new-buyer-role messaging",
        PracticeTopic.DemoProof => "demo and proof",
        PracticeTopic.CompetitiveDisplacement => "competitive",
        PracticeTopic.Pricing => "pricing",
        PracticeTopic.Negotiation => "negotiation",
        PracticeTopic.LargeDecisionUnit => "buying-committee",
        PracticeTopic.Closing => "closing",
        PracticeTopic.HandoffToService => "hand-off",
        _ => "same-topic",
    };
}
