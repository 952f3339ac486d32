using System.Net;
using System.Net.Sockets;
using DataverseSharing.Integration.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>The bad-input list of --connection and --profile: one line, a non-zero exit, secrets masked, nothing written.</summary>
public sealed class WebApiConnectionErrorTests : IDisposable
{
    private const string AppId = "51f81489-12ee-4a9e-aaae-a2591f45987d";
    private readonly TempOrg temp = new();

    [Theory]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";hunter2-secret", "part 4 is not Key=Value")]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=" + AppId + ";ClientSecret=\"hunter2-secret", "part 4 (key 'ClientSecret') is malformed")]
    [InlineData("AuthType=Magic;Url=https://contoso.crm.dynamics.com;ClientSecret=hunter2-secret", "AuthType 'Magic' is not supported")]
    [InlineData("Url=http://contoso.example;AuthType=LocalToken;Token=abcd", "loopback URLs only")]
    public async Task Connection_Malformed_OneLineUsageErrorNamingThePart(string connection, string expected)
    {
        var result = await RunAsync("practices", "list", "--connection", connection);

        AssertOneLine(result, ExitCodes.Usage, expected);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_Unknown_OneLineUsageError()
    {
        var result = await RunAsync("practices", "list", "--profile", "no-such-profile");

        AssertOneLine(result, ExitCodes.Usage, "unknown profile 'no-such-profile'");
    }

    [Fact]
    public async Task Profile_SecretVariableMissing_OneLineNamingTheVariable()
    {
        File.WriteAllText(temp.File("pac.config"), $"""<pacConfig><profile name="dev" url="https://contoso.crm.dynamics.com" authType="ClientSecret" clientId="{AppId}" secretVariable="DVS_TEST_NOT_SET" /></pacConfig>""");

        var result = await RunAsync("practices", "list", "--profile", "dev");

        AssertOneLine(result, ExitCodes.Usage, "environment variable DVS_TEST_NOT_SET (its client secret) is not set");
    }

    [Fact]
    public async Task Connection_Unreachable_OneLineEnvironmentError()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await RunAsync("practices", "list", "--connection", $"Url=http://127.0.0.1:{port};AuthType=LocalToken;Token=00ff");

        AssertOneLine(result, ExitCodes.Environment, $"cannot reach http://127.0.0.1:{port}: connection refused");
    }

    [Fact]
    public async Task Connection_WrongToken_OneLineAuthErrorWithoutTheToken()
    {
        Assert.Equal(0, CliRun.Run(temp.OrgPath, "init").ExitCode);
        await using var served = await ServedOrg.StartAsync(temp.OrgPath);
        var wrong = new string('e', served.Token.Length);

        var result = await served.RunWithAsync("practices", "list", "--connection", $"Url={served.Url.GetLeftPart(UriPartial.Authority)};AuthType=LocalToken;Token={wrong}");

        AssertOneLine(result, ExitCodes.Environment, "sign-in refused by");
        Assert.DoesNotContain(wrong, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(served.Token, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html", "<html>Sign in</html>", "is not a Dataverse Web API: it answered 200 with an HTML page")]
    [InlineData("application/json", "{}", "is not a Dataverse Web API: WhoAmI")]
    public async Task Connection_NotDataverse_OneLineEnvironmentError(string contentType, string body, string expected)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.Run(context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body);
        });
        await app.StartAsync();

        var result = await RunAsync("practices", "list", "--connection", $"Url={app.Urls.First()};AuthType=LocalToken;Token=00ff");

        AssertOneLine(result, ExitCodes.Environment, expected);
    }

    [Theory]
    [InlineData("--org", "x.db", "--connection", "AuthType=OAuth", "--org and --connection both name the org")]
    [InlineData("--profile", "local", "--connection", "AuthType=OAuth", "--connection and --profile both name the org")]
    public async Task Options_TwoWaysToNameTheOrg_UsageError(string first, string firstValue, string second, string secondValue, string expected)
    {
        var result = await RunAsync("practices", "list", first, firstValue, second, secondValue);

        AssertOneLine(result, ExitCodes.Usage, expected);
    }

    [Fact]
    public async Task Init_WithConnection_RefusedAndNothingCreated()
    {
        var result = await RunAsync("init", "--connection", "Url=http://127.0.0.1:1;AuthType=LocalToken;Token=00ff");

        AssertOneLine(result, ExitCodes.Usage, "init creates the embedded LocalDataverse org; it does not apply to --connection");
    }

    private static void AssertOneLine(CliResult result, int exitCode, string expected)
    {
        Assert.True(exitCode == result.ExitCode, $"exit {result.ExitCode}, not {exitCode}: {result.Error}");
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    private Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new Integration.Connection.EmbeddedConnectionFactory(error, _ => null))
        {
            // The profile lookup starts in the test's folder (no pac.config above it but the one a test writes).
            WebApiConnections = new Integration.Connection.WebApiConnectionFactory(error, _ => null) { CurrentFolder = temp.Folder, UserFolder = temp.Folder },
        };
        return CliApplication.RunAsync(context, args).ContinueWith(t => new CliResult(t.Result, output.ToString(), error.ToString()), TaskScheduler.Default);
    }

    public void Dispose() => temp.Dispose();
}
