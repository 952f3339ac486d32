using DataverseSharing.WebApi.Connection;

namespace DataverseSharing.WebApi.Tests.Connection;

public sealed class DataverseConnectionStringTests
{
    private const string AppId = "51f81489-12ee-4a9e-aaae-a2591f45987d";

    [Fact]
    public void Parse_ClientSecretWithServiceClientAliases_ReadsEverySetting()
    {
        var parsed = DataverseConnectionString.Parse(
            $"AuthenticationType=clientsecret; Service Uri=https://contoso.crm.dynamics.com/api/data/v9.2/; AppId={AppId}; Secret=s3cr=t; TenantId=contoso.onmicrosoft.com; RequireNewInstance=true");

        Assert.Equal(DataverseAuthType.ClientSecret, parsed.AuthType);
        Assert.Equal(new Uri("https://contoso.crm.dynamics.com/"), parsed.Url);
        Assert.Equal(new Uri("https://contoso.crm.dynamics.com/api/data/v9.2/"), parsed.WebApiAddress);
        Assert.Equal(AppId, parsed.ClientId);
        Assert.Equal("s3cr=t", parsed.ClientSecret);
        Assert.Equal("contoso.onmicrosoft.com", parsed.TenantId);
    }

    [Fact]
    public void Parse_CertificateWithCertThumbprintAlias_ReadsThumbprintAndStore()
    {
        var parsed = DataverseConnectionString.Parse(
            $"AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId={AppId};CertThumbprint=AB CD 01;StoreName=My");

        Assert.Equal("ABCD01", parsed.Thumbprint);
        Assert.Equal("My", parsed.StoreName);
    }

    [Fact]
    public void Parse_OAuthWithLoginPromptAndCache_ReadsThem()
    {
        var parsed = DataverseConnectionString.Parse(
            $"AuthType=OAuth;Url=https://contoso.crm.dynamics.com;AppId={AppId};RedirectUri=http://localhost;LoginPrompt=Never;TokenCacheStorePath=\"/tmp/a;b/cache.bin\";Username=jsmith@contoso.com");

        Assert.Equal(LoginPrompt.Never, parsed.LoginPrompt);
        Assert.Equal("/tmp/a;b/cache.bin", parsed.TokenCacheStorePath);
        Assert.Equal("jsmith@contoso.com", parsed.Username);
        Assert.Equal("http://localhost", parsed.RedirectUri);
    }

    [Fact]
    public void Parse_LocalTokenOnLoopback_ReadsToken()
    {
        var parsed = DataverseConnectionString.Parse("Url=http://127.0.0.1:5123;AuthType=LocalToken;Token=00ff");

        Assert.Equal(DataverseAuthType.LocalToken, parsed.AuthType);
        Assert.Equal(new Uri("http://127.0.0.1:5123/api/data/v9.2/"), parsed.WebApiAddress);
        Assert.Equal("00ff", parsed.Token);
    }

    [Theory]
    [InlineData("Url=http://contoso.example;AuthType=LocalToken;Token=00ff", "loopback URLs only")]
    [InlineData("Url=http://contoso.crm.dynamics.com;AuthType=ClientSecret;ClientId=" + AppId + ";ClientSecret=x", "must use https")]
    [InlineData("Url=https://contoso.crm.dynamics.com;ClientId=" + AppId, "AuthType is missing")]
    [InlineData("AuthType=OAuth;ClientId=" + AppId, "Url is missing")]
    [InlineData("AuthType=AD;Url=https://contoso.crm.dynamics.com", "AuthType 'AD' is not supported (on-premises")]
    [InlineData("AuthType=OAuth;Url=not a url;ClientId=" + AppId, "Url 'not a url' is not an http(s) address")]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientSecret=x", "needs ClientId")]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId, "needs ClientSecret")]
    [InlineData("AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId, "exactly one of Thumbprint")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;ClientId=app-one", "ClientId 'app-one' is not a GUID")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";Colour=blue", "unknown key 'colour'")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";LoginPrompt=Sometimes", "LoginPrompt 'Sometimes'")]
    [InlineData("AuthType=OAuth;Url=https://a.crm.dynamics.com;Server=https://b.crm.dynamics.com;ClientId=" + AppId, "both set Url")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";Domain=CONTOSO", "on-premises (AD) sign-in is not supported")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;ClientId", "part 3 is not Key=Value")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;RedirectUri=\"http://x", "part 3 (key 'RedirectUri') is malformed")]
    [InlineData("   ", "connection string is empty")]
    public void Parse_BadInput_OneLineNamingThePart(string connectionString, string expected)
    {
        var error = Assert.Throws<DataverseConnectionException>(() => DataverseConnectionString.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";Password=hunter2-secret")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";ClientSecret=hunter2-secret")]
    [InlineData("AuthType=LocalToken;Url=http://127.0.0.1:1;Token=hunter2-secret")]
    [InlineData("AuthType=OAuth;Url=https://me:hunter2-secret@contoso.crm.dynamics.com;ClientId=" + AppId)]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";ClientSecret=\"hunter2-secret")]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";hunter2-secret")]
    public void Parse_BadInputHoldingASecret_NeverEchoesIt(string connectionString)
    {
        var error = Assert.Throws<DataverseConnectionException>(() => DataverseConnectionString.Parse(connectionString));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithSecrets_MasksThemAndToConnectionStringRoundTrips()
    {
        var parsed = DataverseConnectionString.Parse(
            $"AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId={AppId};ClientSecret='a;\"b'");

        var masked = parsed.ToString();
        Assert.DoesNotContain("a;", masked, StringComparison.Ordinal);
        Assert.Contains("ClientSecret=***", masked, StringComparison.Ordinal);
        Assert.Equal(parsed, DataverseConnectionString.Parse(parsed.ToConnectionString()));
    }
}
