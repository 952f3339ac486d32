using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using DataverseSharing.WebApi.Auth;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace DataverseSharing.WebApi.Resilience;

/// <summary>
/// The Polly pipeline behind every request: retry throttling (429, honouring Retry-After as Microsoft documents
/// for service protection), 502/503/504 and dropped connections, with a per-attempt timeout inside. A server that
/// is not there (refused, no such host, TLS failure) is not retried: waiting cannot fix it.
/// </summary>
public static class DataverseRetryPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Build(DataverseResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            OnRetry = args => ReportAsync(options, args),
        };

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }
            .AddRetry(retry)
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException failure)
        {
            return IsDropped(failure);
        }

        return outcome.Result is { } response && IsTransientStatus(response.StatusCode);
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    // A connection that was made and then lost is worth retrying; one that never was (refused, unknown host, TLS) is not.
    private static bool IsDropped(HttpRequestException failure)
    {
        if (failure.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            return false;
        }

        return failure.InnerException is not SocketException socket
            || socket.SocketErrorCode is not (SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                or SocketError.NetworkUnreachable or SocketError.NoData or SocketError.TryAgain);
    }

    private static async ValueTask ReportAsync(DataverseResilienceOptions options, OnRetryArguments<HttpResponseMessage> args)
    {
        if (options.Report is null)
        {
            return;
        }

        var request = args.Outcome.Result?.RequestMessage;
        var what = request?.RequestUri is { } uri ? $" ({request.Method} {uri.AbsolutePath.Split("/api/data/v9.2/")[^1]})" : string.Empty;
        var wait = string.Create(CultureInfo.InvariantCulture, $"waiting {args.RetryDelay.TotalSeconds:0.0} s, retry {args.AttemptNumber + 1} of {options.MaxRetryAttempts}{what}");
        string reason;
        if (args.Outcome.Result is { } response)
        {
            var host = response.RequestMessage?.RequestUri?.Authority ?? "the server";
            reason = response.StatusCode == HttpStatusCode.TooManyRequests
                ? $"throttled by {host} (429{await LimitNameAsync(response).ConfigureAwait(false)})"
                : $"{host} answered {(int)response.StatusCode}";
        }
        else
        {
            reason = "connection dropped: " + OneLine(args.Outcome.Exception?.Message);
        }

        options.Report(reason + ": " + wait);
    }

    // Names which service protection limit was hit, from the error JSON; the body stays readable for the caller.
    private static async Task<string> LimitNameAsync(HttpResponseMessage response)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return DataverseErrorBody.ReadCode(body) is { } code && ServiceProtection.Describe(code) is { } name
                ? ", service protection: " + name
                : string.Empty;
        }
        catch (HttpRequestException)
        {
            return string.Empty;
        }
    }

    private static string OneLine(string? text) => string.Join(' ', (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
