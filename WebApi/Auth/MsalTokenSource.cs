using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DataverseSharing.WebApi.Connection;
using Microsoft.Identity.Client;

namespace DataverseSharing.WebApi.Auth;

/// <summary>
/// Tokens from Microsoft Entra ID through MSAL: an application (client secret or certificate) or a person (device
/// code, with the cache persisted to <see cref="TokenCacheFile"/>). MSAL caches the token and refreshes it before it
/// expires; the tenant comes from TenantId, else from the environment's sign-in challenge (<see cref="AuthorityDiscovery"/>).
/// </summary>
public sealed class MsalTokenSource : IAccessTokenSource, IDisposable
{
    private readonly DataverseConnectionString connection;
    private readonly HttpMessageInvoker discoveryTransport;
    private readonly Action<string> prompt;
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly string[] scopes;
    private IConfidentialClientApplication? application;
    private IPublicClientApplication? person;

    /// <param name="connection">An OAuth, ClientSecret or Certificate connection.</param>
    /// <param name="discoveryTransport">Sends the anonymous request that finds the tenant when TenantId is absent.</param>
    /// <param name="prompt">Shows the device code instructions to the person signing in (stderr in the console).</param>
    public MsalTokenSource(DataverseConnectionString connection, HttpMessageInvoker discoveryTransport, Action<string> prompt)
    {
        this.connection = connection ?? throw new ArgumentNullException(nameof(connection));
        if (connection.AuthType == DataverseAuthType.LocalToken)
        {
            throw new ArgumentException("LocalToken connections sign in with LocalTokenSource", nameof(connection));
        }

        this.discoveryTransport = discoveryTransport ?? throw new ArgumentNullException(nameof(discoveryTransport));
        this.prompt = prompt ?? throw new ArgumentNullException(nameof(prompt));
        scopes = [connection.Url.GetLeftPart(UriPartial.Authority) + "/.default"];
    }

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellation)
    {
        await EnsureBuiltAsync(cancellation).ConfigureAwait(false);
        try
        {
            var result = application is not null
                ? await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellation).ConfigureAwait(false)
                : await SignInPersonAsync(person!, cancellation).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException error)
        {
            throw new DataverseConnectionException($"sign-in to {connection.Url.Host} failed ({error.ErrorCode}): {FirstLine(error.Message)}", error);
        }
    }

    public void Dispose()
    {
        building.Dispose();
        discoveryTransport.Dispose();
    }

    private async Task<AuthenticationResult> SignInPersonAsync(IPublicClientApplication client, CancellationToken cancellation)
    {
        if (connection.LoginPrompt != LoginPrompt.Always)
        {
            var accounts = await client.GetAccountsAsync().ConfigureAwait(false);
            IAccount? account = null;
            foreach (var candidate in accounts)
            {
                if (connection.Username is null || string.Equals(candidate.Username, connection.Username, StringComparison.OrdinalIgnoreCase))
                {
                    account = candidate;
                    break;
                }
            }

            if (account is not null)
            {
                try
                {
                    return await client.AcquireTokenSilent(scopes, account).ExecuteAsync(cancellation).ConfigureAwait(false);
                }
                catch (MsalUiRequiredException) when (connection.LoginPrompt == LoginPrompt.Auto)
                {
                    // The cached sign-in expired or was revoked: ask the person again below.
                }
            }

            if (connection.LoginPrompt == LoginPrompt.Never)
            {
                throw new DataverseConnectionException($"no usable cached sign-in for {connection.Url.Host}{(connection.Username is null ? string.Empty : " as " + connection.Username)} and LoginPrompt=Never; sign in once with LoginPrompt=Auto");
            }
        }

        return await client.AcquireTokenWithDeviceCode(scopes, code =>
        {
            prompt(code.Message);
            return Task.CompletedTask;
        }).ExecuteAsync(cancellation).ConfigureAwait(false);
    }

    private async Task EnsureBuiltAsync(CancellationToken cancellation)
    {
        if (application is not null || person is not null)
        {
            return;
        }

        await building.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (application is not null || person is not null)
            {
                return;
            }

            var authority = connection.TenantId is { } tenant
                ? new Uri($"https://login.microsoftonline.com/{tenant}")
                : await AuthorityDiscovery.DiscoverAsync(discoveryTransport, connection.WebApiAddress, cancellation).ConfigureAwait(false);
            if (connection.AuthType == DataverseAuthType.OAuth)
            {
                var builder = PublicClientApplicationBuilder.Create(connection.ClientId).WithAuthority(authority);
                if (connection.RedirectUri is not null)
                {
                    builder = builder.WithRedirectUri(connection.RedirectUri);
                }

                var client = builder.Build();
                var file = new TokenCacheFile(connection.TokenCacheStorePath ?? TokenCacheFile.DefaultPath);
                client.UserTokenCache.SetBeforeAccess(args => args.TokenCache.DeserializeMsalV3(file.Read(), shouldClearExistingCache: true));
                client.UserTokenCache.SetAfterAccess(args =>
                {
                    if (args.HasStateChanged)
                    {
                        file.Write(args.TokenCache.SerializeMsalV3());
                    }
                });
                person = client;
            }
            else
            {
                var builder = ConfidentialClientApplicationBuilder.Create(connection.ClientId).WithAuthority(authority);
                builder = connection.AuthType == DataverseAuthType.ClientSecret
                    ? builder.WithClientSecret(connection.ClientSecret)
                    : builder.WithCertificate(CertificateSource.Load(connection), sendX5C: true);
                application = builder.Build();
            }
        }
        finally
        {
            building.Release();
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
