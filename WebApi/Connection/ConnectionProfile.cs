using System;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// A named connection in a pac.config file: everything but the secret, which lives in the environment variable
/// <see cref="SecretVariable"/> names (the client secret, the certificate file's password, or serve's token).
/// </summary>
public sealed record ConnectionProfile
{
    public required string Name { get; init; }

    /// <summary>The file and line the profile was read from, for messages.</summary>
    public required string Source { get; init; }

    public required DataverseAuthType AuthType { get; init; }

    public required Uri Url { get; init; }

    public string? ClientId { get; init; }

    public string? TenantId { get; init; }

    public string? SecretVariable { get; init; }

    public string? Username { get; init; }

    public string? Thumbprint { get; init; }

    public string? StoreName { get; init; }

    public string? CertificatePath { get; init; }

    public string? RedirectUri { get; init; }

    public LoginPrompt LoginPrompt { get; init; } = LoginPrompt.Auto;

    public string? TokenCacheStorePath { get; init; }

    /// <summary>The connection, with the secret read from the environment; a missing secret fails naming the variable.</summary>
    public DataverseConnectionString Resolve(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? secret = null;
        if (SecretVariable is not null)
        {
            secret = environment(SecretVariable);
            if (string.IsNullOrEmpty(secret))
            {
                throw new DataverseConnectionException($"profile '{Name}' ({Source}): environment variable {SecretVariable} (its {SecretMeaning}) is not set");
            }
        }

        var connection = new DataverseConnectionString
        {
            AuthType = AuthType,
            Url = Url,
            ClientId = ClientId,
            TenantId = TenantId,
            Username = Username,
            Thumbprint = Thumbprint,
            StoreName = StoreName,
            CertificatePath = CertificatePath,
            RedirectUri = RedirectUri,
            LoginPrompt = LoginPrompt,
            TokenCacheStorePath = TokenCacheStorePath,
            ClientSecret = AuthType == DataverseAuthType.ClientSecret ? secret : null,
            CertificatePassword = AuthType == DataverseAuthType.Certificate ? secret : null,
            Token = AuthType == DataverseAuthType.LocalToken ? secret : null,
        };
        ConnectionStringValidator.Check(connection, $"profile '{Name}' ({Source})");
        return connection;
    }

    private string SecretMeaning => AuthType switch
    {
        DataverseAuthType.ClientSecret => "client secret",
        DataverseAuthType.Certificate => "certificate password",
        DataverseAuthType.LocalToken => "serve token",
        _ => "secret",
    };
}
