using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DataverseSharing.WebApi.Connection;
using DataverseSharing.WebApi.Tests.Resilience;

namespace DataverseSharing.WebApi.Tests.Auth;

public sealed class TlsFailureTests
{
    [Fact]
    public async Task Send_UntrustedServerCertificate_OneLineTlsFailureWithoutRetrying()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var certificate = X509CertificateLoader.LoadPkcs12(selfSigned.Export(X509ContentType.Pfx), null);
        await using var server = await ScriptedServer.StartAsync((context, _) => ScriptedServer.WriteJsonAsync(context), certificate);
        using var client = new ResilientClient(server.Url);

        var error = await Assert.ThrowsAsync<DataverseConnectionException>(() => client.Http.GetAsync("WhoAmI"));

        Assert.StartsWith($"TLS failure connecting to {server.Url.GetLeftPart(UriPartial.Authority)}: ", error.Message, StringComparison.Ordinal);
        Assert.Empty(client.Lines.Snapshot());
    }
}
