using System.Globalization;

namespace DataverseSharing.Serve.Faults;

/// <summary>
/// What share of requests the server fails on purpose, from <c>--faults 429:0.1,503:0.05,drop:0.02,slow:0.1</c>:
/// throttled (429 with Retry-After and a service-protection code), unavailable (503), dropped (the connection
/// aborted) and slowed (delayed, then served). The shares add up to at most 1.
/// </summary>
public sealed record FaultSpec
{
    public double Throttle { get; init; }

    public double Unavailable { get; init; }

    public double Drop { get; init; }

    public double Slow { get; init; }

    /// <summary>The Retry-After a throttled request carries.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a slowed request is held before it is served.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(1);

    public static FaultSpec None { get; } = new();

    public bool IsNone => Throttle + Unavailable + Drop + Slow == 0;

    /// <summary>Reads a spec; a bad part is refused naming it (FormatException with a one-line message).</summary>
    public static FaultSpec Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var result = new FaultSpec();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var kind = colon < 0 ? part : part[..colon];
            var text = colon < 0 ? string.Empty : part[(colon + 1)..];
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 1)
            {
                throw new FormatException($"The fault '{part}' needs a share from 0 to 1 after the colon (for example 429:0.1).");
            }

            if (!seen.Add(kind))
            {
                throw new FormatException($"The fault '{kind}' is given twice in '{spec}'.");
            }

            result = kind.ToLowerInvariant() switch
            {
                "429" => result with { Throttle = share },
                "503" => result with { Unavailable = share },
                "drop" => result with { Drop = share },
                "slow" => result with { Slow = share },
                _ => throw new FormatException($"The fault '{kind}' in '{part}' is not one of 429, 503, drop, slow."),
            };
        }

        if (result.Throttle + result.Unavailable + result.Drop + result.Slow > 1)
        {
            throw new FormatException($"The fault shares in '{spec}' add up to more than 1.");
        }

        return result;
    }
}
