namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// A clock that never moves, so seeded rows (createdon, modifiedon) are the same on every run and the seeded
/// file does not depend on when it was written.
/// </summary>
public sealed class FixedClock : TimeProvider
{
    public static FixedClock Instance { get; } = new();

    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
