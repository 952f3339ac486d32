using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseSharing.WebApi.Resilience;

/// <summary>
/// How many requests may be in flight at once, changed while requests wait. The framework's limiters
/// (SemaphoreSlim, ConcurrencyLimiter) have a fixed size, and Dataverse's x-ms-dop-hint moves it at run time,
/// so this keeps a count and a queue of waiters under one lock.
/// </summary>
internal sealed class ConcurrencyLimit
{
    private readonly object gate = new();
    private readonly Queue<TaskCompletionSource> waiters = new();
    private int limit;
    private int inUse;

    public ConcurrencyLimit(int initial)
    {
        limit = Clamp(initial);
    }

    public int Limit
    {
        get
        {
            lock (gate)
            {
                return limit;
            }
        }
    }

    public async ValueTask EnterAsync(CancellationToken cancellation)
    {
        TaskCompletionSource waiter;
        lock (gate)
        {
            if (inUse < limit)
            {
                inUse++;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Enqueue(waiter);
        }

        // A cancelled waiter stays queued as a cancelled task; Release skips it, so no slot is lost or given twice.
        using (cancellation.Register(() => waiter.TrySetCanceled(cancellation)))
        {
            await waiter.Task.ConfigureAwait(false);
        }
    }

    public void Release()
    {
        lock (gate)
        {
            inUse--;
            GrantWaiting();
        }
    }

    /// <summary>Moves the limit (1 to <see cref="ServiceProtection.MaxConcurrency"/>); waiters enter when it grows.</summary>
    public void SetLimit(int value)
    {
        lock (gate)
        {
            limit = Clamp(value);
            GrantWaiting();
        }
    }

    private void GrantWaiting()
    {
        while (inUse < limit && waiters.TryDequeue(out var next))
        {
            if (next.TrySetResult())
            {
                inUse++;
            }
        }
    }

    private static int Clamp(int value) => Math.Clamp(value, 1, ServiceProtection.MaxConcurrency);
}
