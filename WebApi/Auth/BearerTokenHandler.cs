using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseSharing.WebApi.Auth;

/// <summary>Puts the current bearer token on every request (each retry asks again, so a refreshed token is used); owns the source.</summary>
public sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly IAccessTokenSource tokens;

    public BearerTokenHandler(IAccessTokenSource tokens)
    {
        this.tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && tokens is IDisposable owned)
        {
            owned.Dispose();
        }

        base.Dispose(disposing);
    }
}
