namespace DataverseSharing.RelevanceEval.Data;

// These mirror the Domain enums by name; the engine adapter maps them by name, so the data files stay
// independent of the engine's assembly and the baselines can run without it.

public enum Topic
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

public enum Stage
{
    Qualify,
    Develop,
    Propose,
    Close,
}

public enum SizeBand
{
    Small,
    Medium,
    Large,
    Enterprise,
}

public enum Status
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    Retired,
}
