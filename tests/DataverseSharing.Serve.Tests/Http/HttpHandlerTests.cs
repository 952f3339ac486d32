using System.Net;

namespace DataverseSharing.Serve.Tests.Http;

public sealed class HttpHandlerTests(ServedOrg org) : IClassFixture<ServedOrg>
{
    [Fact]
    public async Task Request_WithoutToken_Is401WithDataverseErrorShape()
    {
        using var client = org.NewClient(token: null);
        using var response = await client.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await ServedOrg.ReadJson(response))["error"]!;
        Assert.Matches("^0x[0-9a-f]{8}$", (string)error["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
    }

    [Fact]
    public async Task Request_WithWrongToken_Is401AndNeverEchoesEitherToken()
    {
        var wrong = new string('a', 64);
        using var client = org.NewClient(wrong);
        using var response = await client.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(wrong, text, StringComparison.Ordinal);
        Assert.DoesNotContain(org.Server.Token, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithTokenOfOtherLength_Is401()
    {
        using var client = org.NewClient(org.Server.Token[..^1]);
        using var response = await client.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Start_ListensOnLoopbackWithNewHexToken()
    {
        Assert.Equal("127.0.0.1", org.Server.Url.Host);
        Assert.Matches("^[0-9a-f]{64}$", org.Server.Token);
        Assert.Equal($"Url=http://127.0.0.1:{org.Server.Url.Port};AuthType=LocalToken;Token={org.Server.Token}", org.Server.ConnectionString);
    }

    [Fact]
    public async Task Request_OutsideTheWebApiRoot_Is404WithErrorJson()
    {
        using var response = await org.Client.GetAsync("/api/data/v9.1/accounts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("0x80060888", (string)(await ServedOrg.ReadJson(response))["error"]!["code"]!);
    }

    [Fact]
    public async Task Response_CarriesODataVersionAndDopHint()
    {
        using var response = await org.Client.GetAsync("accounts?$top=1");

        Assert.Equal("4.0", response.Headers.GetValues("OData-Version").Single());
        Assert.Equal("4", response.Headers.GetValues("x-ms-dop-hint").Single());
    }
}

public sealed class LoopbackOnlyTests
{
    [Fact]
    public async Task Start_WithAnAppSettingsFileNamingAnotherEndpoint_StillListensOnLoopbackOnly()
    {
        var settings = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        await File.WriteAllTextAsync(settings, "{\"Kestrel\":{\"Endpoints\":{\"Everywhere\":{\"Url\":\"http://0.0.0.0:0\"}}}}");
        try
        {
            var org = new ServedOrg(new DataverseSharing.LocalDataverse.LocalOrganizationOptions { EnforceSecurity = false }, null);
            await org.InitializeAsync();
            try
            {
                Assert.Equal("127.0.0.1", org.Server.Url.Host);
                using var response = await org.Client.GetAsync("WhoAmI");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            finally
            {
                await org.DisposeAsync();
            }
        }
        finally
        {
            File.Delete(settings);
        }
    }
}
