using System.Globalization;
using System.Net;
using System.Text;
using DataverseSharing.Serve.Endpoints;
using DataverseSharing.Serve.Faults;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Security;
using Microsoft.AspNetCore.Http;

namespace DataverseSharing.Serve.Http;

/// <summary>
/// The HTTP side of the server: checks the bearer token, injects the configured faults, reads the request into a
/// <see cref="WebApiRequest"/> and writes the <see cref="WebApiResponse"/> back with OData's headers.
/// </summary>
internal sealed class HttpHandler(WebApiDispatcher dispatcher, LocalToken token, FaultInjection faults, int dopHint)
{
    private readonly BatchEndpoint batch = new(dispatcher);

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers["OData-Version"] = "4.0";
        response.Headers["x-ms-dop-hint"] = dopHint.ToString(CultureInfo.InvariantCulture);
        if (!token.Accepts(context.Request.Headers.Authorization))
        {
            // As Dataverse answers a missing or refused token; the token is never echoed.
            response.Headers.WWWAuthenticate = "Bearer realm=\"LocalDataverse\", error=\"invalid_token\"";
            await WriteAsync(context, ErrorJson.Response(HttpStatusCode.Unauthorized, ErrorJson.PrivilegeDenied, "The request has no valid bearer token for this server (Authorization: Bearer <token printed at start>).")).ConfigureAwait(false);
            return;
        }

        var fault = faults.Next();
        switch (fault)
        {
            case FaultKind.Throttle or FaultKind.ThrottleExecutionTime or FaultKind.ThrottleConcurrency:
                response.Headers.RetryAfter = ((int)Math.Ceiling(faults.Spec.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await WriteAsync(context, Throttled(fault)).ConfigureAwait(false);
                return;
            case FaultKind.Unavailable:
                await WriteAsync(context, ErrorJson.Response(HttpStatusCode.ServiceUnavailable, ErrorJson.UnexpectedError, "The service is temporarily unavailable (fault injected by --faults).")).ConfigureAwait(false);
                return;
            case FaultKind.DropBefore:
                context.Abort();
                return;
            case FaultKind.Slow:
                await Task.Delay(faults.Spec.SlowDelay, context.RequestAborted).ConfigureAwait(false);
                break;
        }

        var result = await RunAsync(context).ConfigureAwait(false);
        if (fault == FaultKind.DropAfter)
        {
            context.Abort();
            return;
        }

        await WriteAsync(context, result).ConfigureAwait(false);
    }

    // The three service-protection limits, with Dataverse's wording of each.
    private static WebApiResponse Throttled(FaultKind fault) => fault switch
    {
        FaultKind.ThrottleExecutionTime => ErrorJson.Response(HttpStatusCode.TooManyRequests, ErrorJson.ExecutionTimeLimitExceeded, "Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds."),
        FaultKind.ThrottleConcurrency => ErrorJson.Response(HttpStatusCode.TooManyRequests, ErrorJson.ConcurrencyLimitExceeded, "Number of concurrent requests exceeded the limit of 52."),
        _ => ErrorJson.Response(HttpStatusCode.TooManyRequests, ErrorJson.RequestsLimitExceeded, "Number of requests exceeded the limit of 6000 over time window of 300 seconds."),
    };

    private async Task<WebApiResponse> RunAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        if (!path.StartsWith(WebApiPaths.Root, StringComparison.OrdinalIgnoreCase) && !path.Equals(WebApiPaths.Root.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return ErrorJson.From(WebApiException.NotFound(path));
        }

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var relative = path.Length > WebApiPaths.Root.Length ? path[WebApiPaths.Root.Length..] : string.Empty;
        try
        {
            var webRequest = new WebApiRequest(request.Method, relative, request.QueryString.Value ?? string.Empty, headers, body);

            // The engine is synchronous (SQLite under one lock); the work leaves Kestrel's I/O threads.
            return relative == "$batch"
                ? await Task.Run(() => batch.Handle(webRequest), context.RequestAborted).ConfigureAwait(false)
                : await Task.Run(() => dispatcher.Dispatch(webRequest), context.RequestAborted).ConfigureAwait(false);
        }
        catch (WebApiException e)
        {
            return ErrorJson.From(e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else fails is still answered in Dataverse's shape, so a client reads one error, not an empty 500.
            return ErrorJson.Response(HttpStatusCode.InternalServerError, ErrorJson.UnexpectedError, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task WriteAsync(HttpContext context, WebApiResponse result)
    {
        var response = context.Response;
        response.StatusCode = (int)result.Status;
        foreach (var (name, value) in result.Headers)
        {
            response.Headers[name] = value;
        }

        if (result.RawBody is { } raw)
        {
            response.ContentType = result.Headers.GetValueOrDefault("Content-Type") ?? "application/octet-stream";
            await response.WriteAsync(raw, context.RequestAborted).ConfigureAwait(false);
        }
        else if (result.BodyText() is { } text)
        {
            response.ContentType = "application/json; odata.metadata=minimal";
            await response.WriteAsync(text, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
