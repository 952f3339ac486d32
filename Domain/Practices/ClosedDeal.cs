using DataverseSharing.Domain.Deals;

namespace DataverseSharing.Domain.Practices;

/// <summary>An opportunity as the practice-source tag sees it: how it ended and what the team learned.</summary>
public sealed record ClosedDeal
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>True when won, false when lost, null while the deal is open.</summary>
    public bool? Won { get; init; }

    /// <summary>The deal's facts: industry, stage reached, value, products, competitors, buyer roles, region, texts.</summary>
    public DealContext Deal { get; init; } = DealContext.Empty;

    /// <summary>The close notes the manager gave with the tag.</summary>
    public string Notes { get; init; } = "";

    /// <summary>The deal owner's user id.</summary>
    public string OwnerId { get; init; } = "";
}
