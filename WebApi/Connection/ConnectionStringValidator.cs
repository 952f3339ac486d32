using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DataverseSharing.WebApi.Connection;

/// <summary>Turns the settings a connection string gave into a <see cref="DataverseConnectionString"/>, refusing what cannot sign in.</summary>
internal static class ConnectionStringValidator
{
    public static DataverseConnectionString Build(IReadOnlyDictionary<ConnectionStringKey, string> values)
    {
        string? Get(ConnectionStringKey key) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        var authText = Get(ConnectionStringKey.AuthType)
            ?? throw new DataverseConnectionException("connection string: AuthType is missing (OAuth, ClientSecret, Certificate or LocalToken)");
        var authType = ReadAuthType(authText);
        var urlText = Get(ConnectionStringKey.Url)
            ?? throw new DataverseConnectionException("connection string: Url is missing (the environment's address, e.g. https://contoso.crm.dynamics.com)");

        var result = new DataverseConnectionString
        {
            AuthType = authType,
            Url = ReadUrl(urlText, authType),
            ClientId = Get(ConnectionStringKey.ClientId),
            ClientSecret = Get(ConnectionStringKey.ClientSecret),
            Thumbprint = Get(ConnectionStringKey.Thumbprint)?.Replace(" ", string.Empty, StringComparison.Ordinal),
            StoreName = Get(ConnectionStringKey.StoreName),
            CertificatePath = Get(ConnectionStringKey.CertificatePath),
            CertificatePassword = Get(ConnectionStringKey.CertificatePassword),
            TenantId = Get(ConnectionStringKey.TenantId),
            Username = Get(ConnectionStringKey.Username),
            RedirectUri = Get(ConnectionStringKey.RedirectUri),
            LoginPrompt = ReadLoginPrompt(Get(ConnectionStringKey.LoginPrompt)),
            TokenCacheStorePath = Get(ConnectionStringKey.TokenCacheStorePath),
            Token = Get(ConnectionStringKey.Token),
        };
        Check(result, "connection string");
        return result;
    }

    /// <summary>
    /// Refuses a connection that cannot sign in as its AuthType asks; <paramref name="source"/> names where it came
    /// from ("connection string", "pac.config profile 'dev'") for the message.
    /// </summary>
    public static void Check(DataverseConnectionString connection, string source)
    {
        void Require(string? value, string key, string why)
        {
            if (value is null)
            {
                throw new DataverseConnectionException($"{source}: AuthType={connection.AuthType} needs {key} ({why})");
            }
        }

        void Refuse(string? value, string key)
        {
            if (value is not null)
            {
                throw new DataverseConnectionException($"{source}: {key} does not apply to AuthType={connection.AuthType}");
            }
        }

        switch (connection.AuthType)
        {
            case DataverseAuthType.ClientSecret:
                Require(connection.ClientId, "ClientId", "the application's id");
                Require(connection.ClientSecret, "ClientSecret", "the application's secret");
                break;
            case DataverseAuthType.Certificate:
                Require(connection.ClientId, "ClientId", "the application's id");
                if ((connection.Thumbprint is null) == (connection.CertificatePath is null))
                {
                    throw new DataverseConnectionException($"{source}: AuthType=Certificate needs exactly one of Thumbprint (a certificate in a store) or CertificatePath (a file)");
                }

                if (connection.Thumbprint is not null && !IsHex(connection.Thumbprint))
                {
                    throw new DataverseConnectionException($"{source}: Thumbprint is not hexadecimal");
                }

                break;
            case DataverseAuthType.OAuth:
                Require(connection.ClientId, "ClientId", "an app registration that allows public client (device code) sign-in");
                Refuse(connection.ClientSecret, "ClientSecret");
                break;
            case DataverseAuthType.LocalToken:
                Require(connection.Token, "Token", "the token dataverse-sharing serve printed");
                if (!IsHex(connection.Token!))
                {
                    throw new DataverseConnectionException($"{source}: Token is not the hexadecimal token dataverse-sharing serve prints");
                }

                Refuse(connection.ClientSecret, "ClientSecret");
                break;
        }

        if (connection.AuthType != DataverseAuthType.LocalToken)
        {
            Refuse(connection.Token, "Token");
        }

        if (connection.ClientId is not null && !Guid.TryParse(connection.ClientId, out _))
        {
            throw new DataverseConnectionException($"{source}: ClientId '{connection.ClientId}' is not a GUID");
        }
    }

    private static DataverseAuthType ReadAuthType(string text)
    {
        if (Enum.TryParse<DataverseAuthType>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _))
        {
            return parsed;
        }

        var why = text.ToUpperInvariant() switch
        {
            "AD" => " (on-premises sign-in is not supported)",
            "IFD" => " (federated on-premises sign-in is not supported)",
            "OFFICE365" => " (deprecated by Microsoft; use OAuth)",
            _ => string.Empty,
        };
        throw new DataverseConnectionException($"connection string: AuthType '{text}' is not supported{why}; use OAuth, ClientSecret, Certificate or LocalToken");
    }

    private static LoginPrompt ReadLoginPrompt(string? text)
    {
        if (text is null)
        {
            return LoginPrompt.Auto;
        }

        return Enum.TryParse<LoginPrompt>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _)
            ? parsed
            : throw new DataverseConnectionException($"connection string: LoginPrompt '{text}' is not Auto, Always or Never");
    }

    /// <summary>Reads an environment URL; LocalToken only on loopback, anything else only over https.</summary>
    public static Uri ReadUrl(string text, DataverseAuthType authType, string source = "connection string")
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new DataverseConnectionException($"{source}: Url '{text}' is not an http(s) address");
        }

        if (url.UserInfo.Length > 0)
        {
            // The user info may be a password: name the problem, not the value.
            throw new DataverseConnectionException($"{source}: Url must not hold a user name or password (host {url.Host})");
        }

        if (url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw new DataverseConnectionException($"{source}: Url '{url.GetLeftPart(UriPartial.Path)}' must not have a query or fragment");
        }

        if (authType == DataverseAuthType.LocalToken && !url.IsLoopback)
        {
            throw new DataverseConnectionException($"{source}: AuthType=LocalToken is accepted for loopback URLs only, not {url.Host}");
        }

        if (authType != DataverseAuthType.LocalToken && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new DataverseConnectionException($"{source}: Url '{text}' must use https (http is for AuthType=LocalToken on loopback)");
        }

        // The environment's root: a pasted Web API address (…/api/data/v9.2) names the same environment.
        var path = url.AbsolutePath;
        var api = path.IndexOf("/api/data", StringComparison.OrdinalIgnoreCase);
        var root = api >= 0 ? path[..api] : path.TrimEnd('/');
        return new Uri(url.GetLeftPart(UriPartial.Authority) + root + "/");
    }

    private static bool IsHex(string text) => text.Length > 0 && text.All(Uri.IsHexDigit);
}
