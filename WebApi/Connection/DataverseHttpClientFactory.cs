using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using DataverseSharing.WebApi.Auth;
using DataverseSharing.WebApi.Resilience;
using Microsoft.Extensions.Http.Resilience;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// Builds the HttpClient the connector (WebApiOrganizationService) sends through, BaseAddress
/// <c>&lt;url&gt;/api/data/v9.2/</c>. Outer to inner: connection failures as one line; the retry pipeline
/// (throttling, 5xx, drops, per-attempt timeout); the x-ms-dop-hint concurrency limit and the duplicate-on-retry
/// check (per attempt); the check that the answer is Dataverse's (401/403/HTML); the bearer token; the socket.
/// </summary>
public static class DataverseHttpClientFactory
{
    public static HttpClient Create(DataverseConnectionString connection, DataverseHttpClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new DataverseHttpClientOptions();

        var tokens = CreateTokenSource(connection, options);
        var pipeline = DataverseRetryPipeline.Build(options.Resilience);
        HttpMessageHandler chain = CreateTransport(options);
        if (options.CallerId is { } caller)
        {
            chain = new CallerImpersonationHandler(caller) { InnerHandler = chain };
        }

        chain = new BearerTokenHandler(tokens) { InnerHandler = chain };
        chain = new DataverseResponseCheckHandler { InnerHandler = chain };
        chain = new DuplicateOnRetryHandler { InnerHandler = chain };
        chain = new ConcurrencyHintHandler { InnerHandler = chain };
        chain = new ResilienceHandler(pipeline) { InnerHandler = chain };
        chain = new ConnectionFailureHandler { InnerHandler = chain };

        return new HttpClient(chain, disposeHandler: true)
        {
            BaseAddress = connection.WebApiAddress,
            // The pipeline bounds each attempt and the number of retries; HttpClient's own 100 s would cut a
            // throttled request off in the middle of a Retry-After wait.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    private static IAccessTokenSource CreateTokenSource(DataverseConnectionString connection, DataverseHttpClientOptions options)
    {
        if (connection.AuthType == DataverseAuthType.LocalToken)
        {
            return new LocalTokenSource(connection.Token!);
        }

        // The tenant lookup goes out on its own plain client: it must see the 401 challenge, which the checks would turn into an error.
        var discovery = new HttpMessageInvoker(CreateTransport(options), disposeHandler: true);
        return new MsalTokenSource(connection, discovery, options.SignInPrompt);
    }

    private static HttpMessageHandler CreateTransport(DataverseHttpClientOptions options) =>
        options.Transport?.Invoke() ?? new SocketsHttpHandler
        {
            // A redirect is never Dataverse's answer (it is a sign-in page or a wrong URL): the checks report it.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
}
