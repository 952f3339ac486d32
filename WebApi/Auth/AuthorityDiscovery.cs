using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DataverseSharing.WebApi.Connection;

namespace DataverseSharing.WebApi.Auth;

/// <summary>
/// Finds the tenant to sign in to when the connection names none: Dataverse answers an anonymous request with 401
/// and a <c>WWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/authorize</c>
/// challenge, which names it.
/// </summary>
internal static class AuthorityDiscovery
{
    public static async Task<Uri> DiscoverAsync(HttpMessageInvoker transport, Uri webApiAddress, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, webApiAddress);
        using var response = await transport.SendAsync(request, cancellation).ConfigureAwait(false);
        var host = webApiAddress.GetLeftPart(UriPartial.Authority);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            throw new DataverseConnectionException($"{host} is not a Dataverse Web API: an anonymous request got {(int)response.StatusCode}, not a sign-in challenge; give TenantId or check the Url");
        }

        return ReadAuthority(response.Headers.WwwAuthenticate.Select(header => header.ToString()))
            ?? throw new DataverseConnectionException($"{host} is not a Dataverse Web API: its 401 names no authorization_uri; give TenantId or check the Url");
    }

    /// <summary>The authority (https://login.microsoftonline.com/&lt;tenant&gt;) in a Bearer challenge, or null.</summary>
    public static Uri? ReadAuthority(System.Collections.Generic.IEnumerable<string> challenges)
    {
        foreach (var challenge in challenges)
        {
            foreach (var part in challenge.Replace("Bearer ", string.Empty, StringComparison.OrdinalIgnoreCase).Split(','))
            {
                var pair = part.Split('=', 2);
                if (pair.Length == 2 && pair[0].Trim().Equals("authorization_uri", StringComparison.OrdinalIgnoreCase)
                    && Uri.TryCreate(pair[1].Trim().Trim('"'), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
                {
                    var tenant = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                    if (tenant is not null)
                    {
                        return new Uri($"https://{uri.Authority}/{tenant}");
                    }
                }
            }
        }

        return null;
    }
}
