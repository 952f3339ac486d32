namespace DataverseSharing.Integration.Demo;

/// <summary>How the demo org is generated. Same options on the same day, same org.</summary>
public sealed record DemoOptions
{
    public const int DefaultSeed = 20260601;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Approved practices in the library; beyond the templates' count, regional variants are generated.</summary>
    public int Practices { get; init; } = DemoPractices.BaseCount;

    public int Opportunities { get; init; } = 160;

    /// <summary>
    /// The clock whose day is the demo's "today" (<see cref="AnchorOf"/>): open deals close after it, closed deals
    /// closed before it, reviews fall due after it. A fixed date would put every open deal's close date in the past
    /// a few months after release; the day, not the instant, keeps the same seed giving the same org all day.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Midnight UTC of the clock's current day: the date every demo date is relative to.</summary>
    public DateTime AnchorOf() => Clock.GetUtcNow().UtcDateTime.Date;
}
