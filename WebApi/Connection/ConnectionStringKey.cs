using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// One setting of a connection string, with every name it goes by: ServiceClient's documented keys and aliases,
/// plus the few this connector adds (TenantId, CertificatePath, CertificatePassword, Token).
/// </summary>
internal sealed record ConnectionStringKey(string Name, bool IsSecret, bool IsIgnored, string? Unsupported, params string[] Aliases)
{
    public static readonly ConnectionStringKey AuthType = new("AuthType", false, false, null, "AuthType", "AuthenticationType");
    public static readonly ConnectionStringKey Url = new("Url", false, false, null, "Url", "ServiceUri", "Service Uri", "Server");
    public static readonly ConnectionStringKey ClientId = new("ClientId", false, false, null, "ClientId", "AppId", "ApplicationId");
    public static readonly ConnectionStringKey ClientSecret = new("ClientSecret", true, false, null, "ClientSecret", "Secret");
    public static readonly ConnectionStringKey Thumbprint = new("Thumbprint", false, false, null, "Thumbprint", "CertThumbprint", "CertificateThumbprint");
    public static readonly ConnectionStringKey StoreName = new("StoreName", false, false, null, "StoreName", "CertificateStoreName");
    public static readonly ConnectionStringKey CertificatePath = new("CertificatePath", false, false, null, "CertificatePath", "CertificateFile");
    public static readonly ConnectionStringKey CertificatePassword = new("CertificatePassword", true, false, null, "CertificatePassword");
    public static readonly ConnectionStringKey TenantId = new("TenantId", false, false, null, "TenantId", "Tenant");
    public static readonly ConnectionStringKey Username = new("Username", false, false, null, "Username", "User Name", "UserId", "User Id");
    public static readonly ConnectionStringKey RedirectUri = new("RedirectUri", false, false, null, "RedirectUri", "ReplyUrl");
    public static readonly ConnectionStringKey LoginPrompt = new("LoginPrompt", false, false, null, "LoginPrompt");
    public static readonly ConnectionStringKey TokenCacheStorePath = new("TokenCacheStorePath", false, false, null, "TokenCacheStorePath");
    public static readonly ConnectionStringKey Token = new("Token", true, false, null, "Token");

    // Accepted so a string written for ServiceClient works unchanged; they change nothing here because the connector
    // always talks to the URL given (no discovery) and every connection is its own instance.
    public static readonly ConnectionStringKey RequireNewInstance = new("RequireNewInstance", false, true, null, "RequireNewInstance");
    public static readonly ConnectionStringKey SkipDiscovery = new("SkipDiscovery", false, true, null, "SkipDiscovery");

    // ServiceClient keys for sign-ins this connector does not offer: named so the error says why, not "unknown key".
    public static readonly ConnectionStringKey Password = new("Password", true, false,
        "user name and password sign-in is not supported; use AuthType=OAuth (device code) for people", "Password");
    public static readonly ConnectionStringKey Domain = new("Domain", false, false,
        "on-premises (AD) sign-in is not supported", "Domain");
    public static readonly ConnectionStringKey HomeRealmUri = new("HomeRealmUri", false, false,
        "federated (IFD) sign-in is not supported", "HomeRealmUri", "Home Realm Uri");
    public static readonly ConnectionStringKey IntegratedSecurity = new("Integrated Security", false, false,
        "on-premises (AD) sign-in is not supported", "Integrated Security");

    public static readonly IReadOnlyList<ConnectionStringKey> All =
    [
        AuthType, Url, ClientId, ClientSecret, Thumbprint, StoreName, CertificatePath, CertificatePassword, TenantId,
        Username, RedirectUri, LoginPrompt, TokenCacheStorePath, Token, RequireNewInstance, SkipDiscovery, Password,
        Domain, HomeRealmUri, IntegratedSecurity,
    ];

    private static readonly Dictionary<string, ConnectionStringKey> ByAlias = All
        .SelectMany(key => key.Aliases.Select(Normalize).Distinct(StringComparer.Ordinal).Select(alias => (Alias: alias, Key: key)))
        .ToDictionary(pair => pair.Alias, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The key a name stands for, however it is cased or spaced ("Service Uri" = "serviceuri"), or null.</summary>
    public static ConnectionStringKey? Find(string name) => ByAlias.GetValueOrDefault(Normalize(name));

    private static string Normalize(string name) => name.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
