using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseSharing.Testing.Time;

/// <summary>
/// A clock whose waits end at once: each timer shorter than <see cref="Horizon"/> moves the clock on by its due
/// time and fires, and is recorded, so a test asserts how long the client waited without sleeping. Longer timers
/// (the per-attempt timeout) never fire.
/// </summary>
public sealed class InstantClock : TimeProvider
{
    private readonly object gate = new();
    private readonly List<TimeSpan> waits = [];
    private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Horizon { get; init; } = TimeSpan.FromMinutes(30);

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (gate)
            {
                return waits.ToList();
            }
        }
    }

    public TimeSpan Elapsed
    {
        get
        {
            lock (gate)
            {
                return now - new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime < Horizon)
        {
            lock (gate)
            {
                waits.Add(dueTime);
                now += dueTime;
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NeverTimer();
    }

    private sealed class NeverTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
