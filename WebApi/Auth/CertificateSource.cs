using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DataverseSharing.WebApi.Connection;

namespace DataverseSharing.WebApi.Auth;

/// <summary>Finds the certificate an application signs in with: by thumbprint in a store, or from a file.</summary>
internal static class CertificateSource
{
    public static X509Certificate2 Load(DataverseConnectionString connection)
    {
        if (connection.CertificatePath is { } path)
        {
            return LoadFile(path, connection.CertificatePassword);
        }

        return FindInStores(connection.Thumbprint!, connection.StoreName);
    }

    private static X509Certificate2 LoadFile(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new DataverseConnectionException($"certificate file {path} does not exist");
        }

        try
        {
            var extension = Path.GetExtension(path);
            if (extension.Equals(".pem", StringComparison.OrdinalIgnoreCase) || extension.Equals(".crt", StringComparison.OrdinalIgnoreCase))
            {
                // A PEM file holds the certificate and its private key together.
                return X509Certificate2.CreateFromPemFile(path);
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new DataverseConnectionException($"certificate file {path} has no private key");
        }
        catch (CryptographicException error)
        {
            // The message may say "wrong password"; it never holds the password itself.
            throw new DataverseConnectionException($"certificate file {path} cannot be read: {error.Message.Trim()}", error);
        }
    }

    private static X509Certificate2 FindInStores(string thumbprint, string? storeName)
    {
        var name = StoreName.My;
        if (storeName is not null && !Enum.TryParse(storeName, ignoreCase: true, out name))
        {
            throw new DataverseConnectionException($"StoreName '{storeName}' is not a certificate store (My, Root, TrustedPeople, ...)");
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            try
            {
                using var store = new X509Store(name, location);
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
                foreach (var certificate in found)
                {
                    if (certificate.HasPrivateKey)
                    {
                        return certificate;
                    }
                }
            }
            catch (CryptographicException)
            {
                // A store that does not exist at this location (common for LocalMachine on Linux): look at the next.
            }
        }

        throw new DataverseConnectionException($"no certificate with a private key and thumbprint {thumbprint} in the {name} store (current user or local machine)");
    }
}
