using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DataverseSharing.WebApi.Auth;
using DataverseSharing.WebApi.Connection;

namespace DataverseSharing.WebApi.Tests.Auth;

public sealed class CertificateSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dvs-cert-").FullName;

    [Fact]
    public void Load_PfxFileWithPassword_HasThePrivateKey()
    {
        var path = WritePfx("pw-1");

        using var certificate = CertificateSource.Load(Connection(path, "pw-1"));

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal("CN=dvs-test", certificate.Subject);
    }

    [Fact]
    public void Load_WrongPassword_OneLineWithoutThePassword()
    {
        var path = WritePfx("pw-1");

        var error = Assert.Throws<DataverseConnectionException>(() => CertificateSource.Load(Connection(path, "wrong-secret-42")));

        Assert.StartsWith($"certificate file {path} cannot be read", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownThumbprint_NamesItAndTheStore()
    {
        var connection = DataverseConnectionString.Parse(
            "AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId=51f81489-12ee-4a9e-aaae-a2591f45987d;Thumbprint=00AA00AA");

        var error = Assert.Throws<DataverseConnectionException>(() => CertificateSource.Load(connection));

        Assert.Equal("no certificate with a private key and thumbprint 00AA00AA in the My store (current user or local machine)", error.Message);
    }

    private string WritePfx(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=dvs-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder, "app.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private static DataverseConnectionString Connection(string path, string password) => DataverseConnectionString.Parse(
        $"AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId=51f81489-12ee-4a9e-aaae-a2591f45987d;CertificatePath={path};CertificatePassword={password}");

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
