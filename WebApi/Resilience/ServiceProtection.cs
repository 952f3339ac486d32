using System.Collections.Generic;

namespace DataverseSharing.WebApi.Resilience;

/// <summary>
/// Dataverse's service protection limits, as Microsoft documents them: a 429 with Retry-After and one of these
/// error codes, per user and per server, over a 5-minute sliding window.
/// </summary>
public static class ServiceProtection
{
    /// <summary>0x80072322: number of requests exceeded.</summary>
    public const int NumberOfRequestsExceeded = -2147015902;

    /// <summary>0x80072321: combined execution time exceeded.</summary>
    public const int ExecutionTimeExceeded = -2147015903;

    /// <summary>0x80072326: concurrent requests exceeded.</summary>
    public const int ConcurrentRequestsExceeded = -2147015898;

    /// <summary>The most concurrent requests worth sending, whatever x-ms-dop-hint says: the per-user concurrency limit.</summary>
    public const int MaxConcurrency = 52;

    private static readonly Dictionary<int, string> Names = new()
    {
        [NumberOfRequestsExceeded] = "number of requests",
        [ExecutionTimeExceeded] = "execution time",
        [ConcurrentRequestsExceeded] = "concurrent requests",
    };

    public static bool IsServiceProtectionCode(int code) => Names.ContainsKey(code);

    /// <summary>Which limit a code names ("number of requests"), or null for any other code.</summary>
    public static string? Describe(int code) => Names.GetValueOrDefault(code);
}
