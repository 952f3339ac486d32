namespace DataverseSharing.Serve.Faults;

/// <summary>What happens to one request; drawn from a seeded generator, so a run with the same seed and request order fails the same requests.</summary>
internal enum FaultKind
{
    None,

    /// <summary>429: the number of requests exceeded (-2147015902).</summary>
    Throttle,

    /// <summary>429: the combined execution time exceeded (-2147015903).</summary>
    ThrottleExecutionTime,

    /// <summary>429: the number of concurrent requests exceeded (-2147015898).</summary>
    ThrottleConcurrency,
    Unavailable,
    DropBefore,
    DropAfter,
    Slow,
}

/// <summary>
/// Draws each request's fault from the spec with a generator seeded by --seed; a throttle is one of the three
/// service-protection limits, as Dataverse reports them. A drop happens before the request
/// runs or after it ran (its response lost), half each: the second is what a client's retry must survive without
/// writing twice.
/// </summary>
internal sealed class FaultInjection(FaultSpec spec, int seed)
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();

    public FaultSpec Spec => spec;

    public FaultKind Next()
    {
        if (spec.IsNone)
        {
            return FaultKind.None;
        }

        double draw;
        double half;
        int limit;
        lock (gate)
        {
            draw = random.NextDouble();
            half = random.NextDouble();
            limit = random.Next(3);
        }

        // A throttle names one of the three service-protection limits, each in turn of the draws.
        if ((draw -= spec.Throttle) < 0)
        {
            return limit switch { 0 => FaultKind.Throttle, 1 => FaultKind.ThrottleExecutionTime, _ => FaultKind.ThrottleConcurrency };
        }

        if ((draw -= spec.Unavailable) < 0)
        {
            return FaultKind.Unavailable;
        }

        if ((draw -= spec.Drop) < 0)
        {
            return half < 0.5 ? FaultKind.DropBefore : FaultKind.DropAfter;
        }

        return draw - spec.Slow < 0 ? FaultKind.Slow : FaultKind.None;
    }
}
