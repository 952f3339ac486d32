using System;

namespace DataverseSharing.Testing.Time;

/// <summary>A clock that always says the same instant, for code that takes a <see cref="TimeProvider"/>.</summary>
public sealed class FixedClock : TimeProvider
{
    private readonly DateTimeOffset now;

    public FixedClock(DateTimeOffset now) => this.now = now;

    public static FixedClock At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
