namespace DataverseSharing.RelevanceEval.Data;

/// <summary>One best-practice article as the evaluation sees it; empty lists mean "applies to any".</summary>
public sealed record PracticeRecord
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Body { get; init; }
    public required Topic Topic { get; init; }
    public IReadOnlyList<string> Industries { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> ProductFamilies { get; init; } = [];
    public SizeBand? DealSizeBand { get; init; }
    public IReadOnlyList<Stage> SalesStages { get; init; } = [];
    public IReadOnlyList<string> BuyerRoles { get; init; } = [];
    public IReadOnlyList<string> Competitors { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public required Status Status { get; init; }
    public DateTime? ApprovedOn { get; init; }
    public DateTime? ExpiresOn { get; init; }
    public EffectivenessRecord Effectiveness { get; init; } = new();

    /// <summary>
    /// What a rep could find at all: approved and not expired on the evaluation date. Applied to every ranker
    /// so the comparison measures ranking, not which articles are visible.
    /// </summary>
    public bool IsPublishedOn(DateTime asOf) =>
        Status == Status.Approved && (ExpiresOn is null || ExpiresOn.Value > asOf);
}

/// <summary>Win counts for deals that applied the practice versus comparable deals that did not.</summary>
public sealed record EffectivenessRecord
{
    public int AppliedWon { get; init; }
    public int AppliedLost { get; init; }
    public int BaselineWon { get; init; }
    public int BaselineLost { get; init; }
}
