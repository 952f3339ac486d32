using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Suggestions;

/// <summary>The labels of the dvs_practicetopic choice, as reps see them in Dynamics.</summary>
public static class Topics
{
    public static string Label(PracticeTopic topic) => topic switch
    {
        PracticeTopic.ProspectingNewIndustry => "Prospecting in a new industry",
        PracticeTopic.Discovery => "Discovery",
        PracticeTopic.Qualification => "Qualification",
        PracticeTopic.MessagingNewBuyerRole => "Messaging to a new buyer role",
        PracticeTopic.DemoProof => "Demo and proof",
        PracticeTopic.CompetitiveDisplacement => "Competitive displacement",
        PracticeTopic.Pricing => "Pricing",
        PracticeTopic.Negotiation => "Negotiation",
        PracticeTopic.LargeDecisionUnit => "Large decision-making unit",
        PracticeTopic.Closing => "Closing",
        PracticeTopic.HandoffToService => "Handoff to service",
        _ => topic.ToString(),
    };
}
