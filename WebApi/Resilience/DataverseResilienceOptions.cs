using System;

namespace DataverseSharing.WebApi.Resilience;

/// <summary>How the connector waits out throttling and transient failures.</summary>
public sealed record DataverseResilienceOptions
{
    /// <summary>The clock retries wait on: TimeProvider.System, or a test clock that advances without sleeping.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Receives one line per wait (the console writes it to stderr); null keeps waits silent.</summary>
    public Action<string>? Report { get; init; }

    /// <summary>Retries after the first attempt; a 429 with Retry-After counts like any other.</summary>
    public int MaxRetryAttempts { get; init; } = 8;

    /// <summary>The first backoff when the server names no Retry-After; it doubles (with jitter) each retry.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest single wait. Dataverse's Retry-After can be minutes when the 5-minute window is spent, and
    /// retrying sooner only extends the throttle, so the cap is generous.
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one attempt may take before it is abandoned (Dataverse itself stops a request at 2 minutes).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(3);
}
