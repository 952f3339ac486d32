namespace DataverseSharing.Integration.Demo;

/// <summary>How the demo org is generated. Same options, same org.</summary>
public sealed record DemoOptions
{
    public const int DefaultSeed = 20260601;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Approved practices in the library; beyond the templates' count, regional variants are generated.</summary>
    public int Practices { get; init; } = DemoPractices.BaseCount;

    public int Opportunities { get; init; } = 160;

    /// <summary>The demo's "today": close dates and review dates are relative to it, so they do not move between runs.</summary>
    public DateTime AnchorUtc { get; init; } = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
}
