using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Demo;

/// <summary>What a template specialises on: each filler makes one practice of the library.</summary>
public enum TemplateSlot
{
    Industry,
    Competitor,
    BuyerRole,
    Product,
}

/// <summary>
/// A practice pattern the demo library expands: "{x}" in the title, summary and body is replaced by each filler
/// of the slot, and the filler also goes into the matching structured field (industry, competitor, ...), so the
/// ranking has something concrete to match.
/// </summary>
public sealed record PracticeTemplate(
    PracticeTopic Topic,
    string Title,
    string Summary,
    string Body,
    SalesStage[] Stages,
    TemplateSlot Slot,
    string[] Fillers,
    string[] Keywords,
    DealSizeBand? Band = null,
    string[]? BuyerRoles = null);
