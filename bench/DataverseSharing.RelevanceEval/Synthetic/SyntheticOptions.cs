namespace DataverseSharing.RelevanceEval.Synthetic;

/// <summary>Size and seed of a generated set; the same options always give the same set.</summary>
public sealed record SyntheticOptions
{
    public int Practices { get; init; } = 2000;
    public int Deals { get; init; } = 200;
    public int Seed { get; init; } = 20261101;
    public DateTime AsOf { get; init; } = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
}
