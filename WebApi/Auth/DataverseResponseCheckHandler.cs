using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DataverseSharing.WebApi.Connection;

namespace DataverseSharing.WebApi.Auth;

/// <summary>
/// Turns answers that are not Dataverse's into one clear error before the connector tries to read them: a refused
/// or expired token (401, or 403 without Dataverse's error JSON), a redirect or an HTML page (a sign-in page, a
/// proxy, some other web site). A 403 carrying Dataverse's error JSON is a privilege fault and passes through, so
/// it reaches the caller as the same FaultException it is in process.
/// </summary>
public sealed class DataverseResponseCheckHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var host = request.RequestUri?.GetLeftPart(UriPartial.Authority) ?? "the server";
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        var isJson = mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);
        string? failure = null;

        if (status is >= 300 and < 400)
        {
            var target = response.Headers.Location is { } location
                ? " to " + (location.IsAbsoluteUri ? location.GetLeftPart(UriPartial.Path) : location.OriginalString)
                : string.Empty;
            failure = $"{host} is not a Dataverse Web API: it redirected{target} ({status}); check the Url";
        }
        else if (mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            failure = $"{host} is not a Dataverse Web API: it answered {status} with an HTML page (a sign-in page or proxy?); check the Url and the sign-in";
        }
        else if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            failure = $"sign-in refused by {host} (401 Unauthorized): the token is wrong or expired{await ErrorDetail(response, isJson, cancellationToken).ConfigureAwait(false)}";
        }
        else if (response.StatusCode == HttpStatusCode.Forbidden && !isJson)
        {
            failure = $"access refused by {host} (403 Forbidden): the signed-in identity is not a user of this environment";
        }

        if (failure is null)
        {
            return response;
        }

        response.Dispose();
        throw new DataverseConnectionException(failure);
    }

    // Dataverse says why in its error JSON; a line of it helps, the rest of the body does not.
    private static async Task<string> ErrorDetail(HttpResponseMessage response, bool isJson, CancellationToken cancellation)
    {
        if (!isJson)
        {
            return string.Empty;
        }

        var body = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
        var message = DataverseErrorBody.ReadMessage(body);
        return message is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $": {message}");
    }
}
