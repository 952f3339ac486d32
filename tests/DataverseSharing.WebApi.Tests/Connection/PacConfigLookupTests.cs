using DataverseSharing.WebApi.Connection;

namespace DataverseSharing.WebApi.Tests.Connection;

public sealed class PacConfigLookupTests : IDisposable
{
    private const string AppId = "51f81489-12ee-4a9e-aaae-a2591f45987d";
    private readonly string root = Directory.CreateTempSubdirectory("dvs-pac-").FullName;

    private string Repo => Path.Combine(root, "repo");

    private string Nested => Path.Combine(Repo, "a", "b");

    private string Home => Path.Combine(root, "home");

    public PacConfigLookupTests()
    {
        Directory.CreateDirectory(Nested);
        Directory.CreateDirectory(Path.Combine(Repo, ".git"));
        Directory.CreateDirectory(Home);
    }

    [Fact]
    public void Find_ProfileInRepositoryRoot_ResolvesWithTheSecretFromTheEnvironment()
    {
        Write(Repo, $"""<profile name="dev" url="https://contoso.crm.dynamics.com" authType="ClientSecret" clientId="{AppId}" tenantId="contoso.onmicrosoft.com" secretVariable="DEV_SECRET" />""");

        var connection = PacConfigLookup.Find("DEV", Nested, Home).Resolve(name => name == "DEV_SECRET" ? "s3cret" : null);

        Assert.Equal(DataverseAuthType.ClientSecret, connection.AuthType);
        Assert.Equal("s3cret", connection.ClientSecret);
        Assert.Equal("contoso.onmicrosoft.com", connection.TenantId);
        Assert.Equal(new Uri("https://contoso.crm.dynamics.com/"), connection.Url);
    }

    [Fact]
    public void Find_SameNameNearerAndInHome_NearestWinsAndHomeStillCounts()
    {
        Write(Nested, """<profile name="local" url="http://127.0.0.1:1111" authType="LocalToken" secretVariable="T" />""");
        Write(Repo, """<profile name="local" url="http://127.0.0.1:2222" authType="LocalToken" secretVariable="T" />""");
        Write(Home, $"""<profile name="mine" url="https://me.crm.dynamics.com" authType="OAuth" clientId="{AppId}" />""");

        Assert.Equal(1111, PacConfigLookup.Find("local", Nested, Home).Url.Port);
        Assert.Equal("me.crm.dynamics.com", PacConfigLookup.Find("mine", Nested, Home).Url.Host);
        Assert.Equal(3, PacConfigLookup.Files(Nested, Home).Count);
    }

    [Fact]
    public void Files_AboveTheRepositoryRoot_AreNotRead()
    {
        Write(root, """<profile name="outside" url="http://127.0.0.1:1" authType="LocalToken" secretVariable="T" />""");

        Assert.Empty(PacConfigLookup.Files(Nested, Home));
    }

    [Fact]
    public void Find_UnknownProfile_NamesTheFilesAndTheKnownProfiles()
    {
        Write(Repo, """<profile name="local" url="http://127.0.0.1:1" authType="LocalToken" secretVariable="T" />""");

        var error = Assert.Throws<DataverseConnectionException>(() => PacConfigLookup.Find("prod", Nested, Home));

        Assert.Equal($"unknown profile 'prod' in {Path.Combine(Repo, "pac.config")} (profiles: local)", error.Message);
    }

    [Fact]
    public void Find_NoFileAnywhere_SaysWhereItLooked()
    {
        var error = Assert.Throws<DataverseConnectionException>(() => PacConfigLookup.Find("prod", Nested, Home));

        Assert.StartsWith($"unknown profile 'prod': no pac.config from {Nested} up to the repository root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SecretVariableNotSet_NamesTheVariable()
    {
        Write(Repo, $"""<profile name="dev" url="https://contoso.crm.dynamics.com" authType="ClientSecret" clientId="{AppId}" secretVariable="DEV_SECRET" />""");

        var error = Assert.Throws<DataverseConnectionException>(() => PacConfigLookup.Find("dev", Nested, Home).Resolve(_ => null));

        Assert.Equal($"profile 'dev' ({Path.Combine(Repo, "pac.config")} line 3): environment variable DEV_SECRET (its client secret) is not set", error.Message);
    }

    [Theory]
    [InlineData("""<profile name="x" url="https://a.crm.dynamics.com" authType="ClientSecret" clientId="X" clientSecret="hunter2" />""", "line 3: attribute clientSecret would put a secret in the file")]
    [InlineData("""<profile name="x" url="https://a.crm.dynamics.com" authType="OAuth" colour="blue" />""", "line 3: unknown attribute colour")]
    [InlineData("""<profile url="https://a.crm.dynamics.com" authType="OAuth" />""", "line 3: <profile> needs a name attribute")]
    [InlineData("""<profile name="x" url="https://a.crm.dynamics.com" authType="Kerberos" />""", "line 3, profile 'x': authType 'Kerberos' is not")]
    [InlineData("""<profile name="x" url="http://a.example" authType="LocalToken" secretVariable="T" />""", "line 3, profile 'x': AuthType=LocalToken is accepted for loopback URLs only")]
    [InlineData("""<profile name="x" url="https://a.crm.dynamics.com" authType="ClientSecret" clientId="X" />""", "authType ClientSecret needs secretVariable")]
    [InlineData("""<profile name="x" url="http://127.0.0.1:1" authType="LocalToken" secretVariable="T" /><profile name="X" url="http://127.0.0.1:1" authType="LocalToken" secretVariable="T" />""", "profile 'X' is defined twice")]
    [InlineData("""<profile name="x" url="http://127.0.0.1:1" """, "not valid XML")]
    public void Find_BadFile_OneLineNamingFileLineAndPart(string profiles, string expected)
    {
        Write(Repo, profiles);

        var error = Assert.Throws<DataverseConnectionException>(() => PacConfigLookup.Find("x", Nested, Home));

        Assert.Contains(Path.Combine(Repo, "pac.config"), error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void RepositoryPacConfig_LocalProfile_IsALoopbackLocalTokenProfile()
    {
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "DataverseSharing.sln")))
        {
            repository = Path.GetDirectoryName(repository)!;
        }

        var local = PacConfigFile.Read(Path.Combine(repository, "pac.config")).Single(p => p.Name == "local");

        Assert.Equal(DataverseAuthType.LocalToken, local.AuthType);
        Assert.True(local.Url.IsLoopback);
    }

    private static void Write(string folder, string profiles) =>
        File.WriteAllText(Path.Combine(folder, "pac.config"), $"<?xml version=\"1.0\"?>\n<pacConfig>\n  {profiles}\n</pacConfig>\n");

    public void Dispose() => Directory.Delete(root, recursive: true);
}
