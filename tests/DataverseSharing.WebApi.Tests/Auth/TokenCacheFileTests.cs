using DataverseSharing.WebApi.Auth;
using DataverseSharing.WebApi.Connection;

namespace DataverseSharing.WebApi.Tests.Auth;

public sealed class TokenCacheFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dvs-cache-").FullName;

    [Fact]
    public void Write_ThenRead_RoundTripsOwnerOnlyWithNoTemporaryLeft()
    {
        var file = new TokenCacheFile(Path.Combine(folder, "sub", "cache.bin"));

        Assert.Null(file.Read());
        file.Write([1, 2, 3]);
        file.Write([4, 5]);

        Assert.Equal([4, 5], file.Read());
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "sub")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file.Path));
        }
    }

    [Fact]
    public async Task Write_TwoWritersAtOnce_ReaderAlwaysSeesOneWholeCache()
    {
        var file = new TokenCacheFile(Path.Combine(folder, "cache.bin"));
        var a = Enumerable.Repeat((byte)'a', 64 * 1024).ToArray();
        var b = Enumerable.Repeat((byte)'b', 64 * 1024).ToArray();
        file.Write(a);

        var writers = new[] { a, b }.Select(content => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                file.Write(content);
            }
        })).ToArray();
        while (!writers.All(writer => writer.IsCompleted))
        {
            var seen = file.Read()!;
            Assert.True(seen.SequenceEqual(a) || seen.SequenceEqual(b), "a reader saw a mix of two caches");
        }

        await Task.WhenAll(writers);
    }

    [Fact]
    public void AuthorityDiscovery_BearerChallenge_ReadsTheTenantAuthority()
    {
        var authority = AuthorityDiscovery.ReadAuthority(
            ["Bearer authorization_uri=https://login.microsoftonline.com/9f3a1b2c-0000-4000-8000-00000000aaaa/oauth2/authorize, resource_id=https://contoso.crm.dynamics.com/"]);

        Assert.Equal(new Uri("https://login.microsoftonline.com/9f3a1b2c-0000-4000-8000-00000000aaaa"), authority);
        Assert.Null(AuthorityDiscovery.ReadAuthority(["Basic realm=x"]));
    }

    [Fact]
    public async Task MsalTokenSource_ServerWithoutChallengeAndNoTenant_NotADataverseWebApi()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) => ScriptedServer.WriteJsonAsync(context));
        var connection = DataverseConnectionString.Parse(
            "AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=51f81489-12ee-4a9e-aaae-a2591f45987d;ClientSecret=x") with
        {
            Url = server.Url,
        };
        using var source = new MsalTokenSource(connection, new HttpMessageInvoker(new SocketsHttpHandler()), _ => { });

        var error = await Assert.ThrowsAsync<DataverseConnectionException>(async () => await source.GetTokenAsync(CancellationToken.None));

        Assert.Contains("is not a Dataverse Web API: an anonymous request got 200", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
