using System;
using System.Net.Http;
using DataverseSharing.WebApi.Resilience;

namespace DataverseSharing.WebApi.Connection;

/// <summary>What <see cref="DataverseHttpClientFactory"/> composes besides the connection itself.</summary>
public sealed record DataverseHttpClientOptions
{
    public DataverseResilienceOptions Resilience { get; init; } = new();

    /// <summary>Shows a person the device code sign-in instructions (the console writes them to stderr).</summary>
    public Action<string> SignInPrompt { get; init; } = _ => { };

    /// <summary>The innermost handler; null for a SocketsHttpHandler (tests pass their own to reach a test server).</summary>
    public Func<HttpMessageHandler>? Transport { get; init; }

    /// <summary>The systemuser every request acts as (MSCRMCallerID), or null for the signed-in identity.</summary>
    public Guid? CallerId { get; init; }
}
