namespace DataverseSharing.Serve.Faults;

/// <summary>What happens to one request; drawn from a seeded generator, so a run with the same seed and request order fails the same requests.</summary>
internal enum FaultKind
{
    None,
    Throttle,
    Unavailable,
    DropBefore,
    DropAfter,
    Slow,
}

/// <summary>
/// Draws each request's fault from the spec with a generator seeded by --seed. A drop happens before the request
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
        lock (gate)
        {
            draw = random.NextDouble();
            half = random.NextDouble();
        }

        if ((draw -= spec.Throttle) < 0)
        {
            return FaultKind.Throttle;
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
