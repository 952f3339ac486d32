namespace DataverseSharing.RelevanceEval.Data;

/// <summary>An opportunity snapshot: the structured fields plus the rep's free-text notes.</summary>
public sealed record DealRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Industry { get; init; }
    public string? Region { get; init; }
    public Stage? Stage { get; init; }
    public decimal? EstimatedValue { get; init; }
    public IReadOnlyList<string> Products { get; init; } = [];
    public IReadOnlyList<string> Competitors { get; init; } = [];
    public IReadOnlyList<string> BuyerRoles { get; init; } = [];
    public int? DecisionUnitSize { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> PracticesUsed { get; init; } = [];
    public IReadOnlyList<string> Dismissed { get; init; } = [];
}
