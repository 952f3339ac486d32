namespace DataverseSharing.WebApi.Connection;

/// <summary>How the connector signs in: the <c>AuthType</c> of a connection string or a pac.config profile.</summary>
public enum DataverseAuthType
{
    /// <summary>A person signs in (device code), with a persistent token cache; needs ClientId.</summary>
    OAuth,

    /// <summary>An application signs in with ClientId and ClientSecret.</summary>
    ClientSecret,

    /// <summary>An application signs in with ClientId and a certificate (Thumbprint in a store, or a file).</summary>
    Certificate,

    /// <summary>The token <c>dataverse-sharing serve</c> printed; loopback URLs only.</summary>
    LocalToken,
}
