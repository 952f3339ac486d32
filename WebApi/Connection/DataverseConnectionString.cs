using System;
using System.Collections.Generic;
using System.Text;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// Where a Dataverse environment is and how to sign in to it. Read from a connection string in ServiceClient's
/// format (<see cref="Parse"/>) or built from a pac.config profile. <see cref="ToString"/> masks every secret, so
/// the value is safe to log; <see cref="ToConnectionString"/> is the only way to get the secrets back out.
/// </summary>
public sealed record DataverseConnectionString
{
    public required DataverseAuthType AuthType { get; init; }

    /// <summary>The environment's URL (https://org.crm.dynamics.com), always ending in "/", without the /api/data path.</summary>
    public required Uri Url { get; init; }

    /// <summary>The Web API's address under <see cref="Url"/>: the BaseAddress the connector's HttpClient takes.</summary>
    public Uri WebApiAddress => new(Url, "api/data/v9.2/");

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string? Thumbprint { get; init; }

    /// <summary>The certificate store the thumbprint is looked up in (My when not given).</summary>
    public string? StoreName { get; init; }

    /// <summary>A certificate file (.pfx / .p12, or PEM) instead of a store thumbprint.</summary>
    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>The tenant to sign in to; when absent it is read from the environment's sign-in challenge.</summary>
    public string? TenantId { get; init; }

    /// <summary>The account a person signs in with (a hint for the device code sign-in and the cache lookup).</summary>
    public string? Username { get; init; }

    public string? RedirectUri { get; init; }

    public LoginPrompt LoginPrompt { get; init; } = LoginPrompt.Auto;

    /// <summary>The file the sign-in cache persists to (a default under the user's local app data when absent).</summary>
    public string? TokenCacheStorePath { get; init; }

    /// <summary>The LocalToken that <c>dataverse-sharing serve</c> printed.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// Reads a connection string (<c>Key=Value;...</c>, keys in any case, ServiceClient's aliases accepted, values
    /// quoted with " or ' when they hold a ';'). Throws <see cref="DataverseConnectionException"/> naming the bad
    /// part; secret values never appear in the message.
    /// </summary>
    public static DataverseConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var values = ConnectionStringParser.Read(connectionString);
        return ConnectionStringValidator.Build(values);
    }

    /// <summary>The string with its secrets, for handing to another process; never log it.</summary>
    public string ToConnectionString() => Format(maskSecrets: false);

    /// <summary>The string with every secret replaced by ***: safe for logs and error lines.</summary>
    public override string ToString() => Format(maskSecrets: true);

    private string Format(bool maskSecrets)
    {
        var text = new StringBuilder();
        Append(text, ConnectionStringKey.AuthType, AuthType.ToString(), maskSecrets);
        Append(text, ConnectionStringKey.Url, Url.AbsoluteUri.TrimEnd('/'), maskSecrets);
        Append(text, ConnectionStringKey.ClientId, ClientId, maskSecrets);
        Append(text, ConnectionStringKey.ClientSecret, ClientSecret, maskSecrets);
        Append(text, ConnectionStringKey.Thumbprint, Thumbprint, maskSecrets);
        Append(text, ConnectionStringKey.StoreName, StoreName, maskSecrets);
        Append(text, ConnectionStringKey.CertificatePath, CertificatePath, maskSecrets);
        Append(text, ConnectionStringKey.CertificatePassword, CertificatePassword, maskSecrets);
        Append(text, ConnectionStringKey.TenantId, TenantId, maskSecrets);
        Append(text, ConnectionStringKey.Username, Username, maskSecrets);
        Append(text, ConnectionStringKey.RedirectUri, RedirectUri, maskSecrets);
        if (LoginPrompt != LoginPrompt.Auto)
        {
            Append(text, ConnectionStringKey.LoginPrompt, LoginPrompt.ToString(), maskSecrets);
        }

        Append(text, ConnectionStringKey.TokenCacheStorePath, TokenCacheStorePath, maskSecrets);
        Append(text, ConnectionStringKey.Token, Token, maskSecrets);
        return text.ToString();
    }

    private static void Append(StringBuilder text, ConnectionStringKey key, string? value, bool maskSecrets)
    {
        if (value is null)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(';');
        }

        text.Append(key.Name).Append('=').Append(key.IsSecret && maskSecrets ? Mask : Quote(value));
    }

    /// <summary>What a secret shows as in logs and errors.</summary>
    public const string Mask = "***";

    // Quoted only when the value would otherwise end early or lose its edges, the way DbConnectionStringBuilder reads it.
    private static string Quote(string value)
    {
        var needsQuotes = value.Contains(';', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
            || value.Contains('\'', StringComparison.Ordinal) || value.Trim().Length != value.Length;
        if (!needsQuotes)
        {
            return value;
        }

        return value.Contains('"', StringComparison.Ordinal)
            ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'"
            : "\"" + value + "\"";
    }
}
