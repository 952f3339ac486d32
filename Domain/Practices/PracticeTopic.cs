namespace DataverseSharing.Domain.Practices;

/// <summary>The selling situation a practice helps with. New values are only ever appended so stored integers keep their meaning.</summary>
public enum PracticeTopic
{
    ProspectingNewIndustry,
    Discovery,
    Qualification,
    MessagingNewBuyerRole,
    DemoProof,
    CompetitiveDisplacement,
    Pricing,
    Negotiation,
    LargeDecisionUnit,
    Closing,
    HandoffToService,
}
