using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DataverseSharing.Integration.Demo;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

[Collection(DemoOrgCollection.Name)]
public sealed class ServeCommandTests(DemoOrgFixture demo)
{
    private static readonly Regex ConnectionLine = new(@"^Url=http://127\.0\.0\.1:(?<port>[0-9]+);AuthType=LocalToken;Token=(?<token>[0-9a-f]{64})$");

    [Fact]
    public async Task Serve_PrintsOneConnectionLine_ServesThePackageAsTheAdministrator_AndStopsOnCancel()
    {
        using var temp = new TempOrg();
        var path = demo.CopyTo(temp);
        await using var run = ServeRun.Start(path);

        var line = await run.ConnectionLine();
        var match = ConnectionLine.Match(line);
        Assert.True(match.Success, line);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{match.Groups["port"].Value}/api/data/v9.2/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", match.Groups["token"].Value);

        using var whoAmI = await client.GetAsync("WhoAmI");
        Assert.Equal(DemoPeople.AdministratorId, (Guid)JObject.Parse(await whoAmI.Content.ReadAsStringAsync())["UserId"]!);

        // The package's custom API ranks on the server, with its plug-ins, as the embedded default does.
        using var deals = await client.GetAsync($"opportunities?$select=opportunityid&$filter=name eq '{DemoDeals.ShowcaseName.Replace("'", "''", StringComparison.Ordinal)}'");
        var deal = (Guid)((JArray)JObject.Parse(await deals.Content.ReadAsStringAsync())["value"]!).Single()["opportunityid"]!;
        using var suggest = await client.PostAsync("dvs_SuggestPractices", new StringContent(new JObject { ["OpportunityId"] = deal, ["Top"] = 3 }.ToString(), Encoding.UTF8, "application/json"));
        var suggestions = JToken.Parse((string)JObject.Parse(await suggest.Content.ReadAsStringAsync())["SuggestionsJson"]!);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        Assert.NotEmpty(suggestions.SelectTokens("$..title"));

        var result = await run.Stop();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { line }, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.DoesNotContain(match.Groups["token"].Value, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_BadFaultSpec_IsOneUsageLineAndNothingServed()
    {
        using var temp = new TempOrg();
        var result = await CliRun.RunAsync(demo.CopyTo(temp), CancellationToken.None, "serve", "--faults", "429:0.1,boom:1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("--faults", result.Error, StringComparison.Ordinal);
        Assert.Contains("'boom'", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_PortInUse_IsOneEnvironmentLine()
    {
        using var temp = new TempOrg();
        var path = demo.CopyTo(temp);
        await using var first = ServeRun.Start(path);
        var port = ConnectionLine.Match(await first.ConnectionLine()).Groups["port"].Value;

        var result = await CliRun.RunAsync(path, CancellationToken.None, "serve", "--port", port);

        Assert.True(result.ExitCode == 4, $"exit {result.ExitCode}: {result.Error}");
        Assert.Equal("", result.Output);
        Assert.Contains($"127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_Empty_ServesAFreshOrgThatDeployImportsTheSolutionInto()
    {
        await using var serve = ServeRun.StartEmpty();
        var connection = await serve.ConnectionLine();

        var parts = connection.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        using var http = new HttpClient { BaseAddress = new Uri(parts["Url"] + "/api/data/v9.2/") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", parts["Token"]);
        using var before = await http.GetAsync("dvs_bestpractices?$top=1");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApplication.RunAsync(new DataverseSharing.Integration.Cli.CliContext(output, error, new DataverseSharing.Integration.Connection.EmbeddedConnectionFactory(error, _ => null)), ["deploy", "--connection", connection]);
        using var after = await http.GetAsync("dvs_bestpractices?$top=1");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, before.StatusCode);
        Assert.True(code == 0, error.ToString() + output);
        Assert.Contains("custom API(s) answering", output.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>serve running in-process on a task, its stdout watched for the connection line, stopped by cancelling.</summary>
    private sealed class ServeRun : IAsyncDisposable
    {
        private readonly StringWriter output = new();
        private readonly StringWriter error = new();
        private readonly TextWriter syncOutput;
        private readonly CancellationTokenSource stop = new();
        private readonly Task<int> task;

        private ServeRun(string[] args)
        {
            syncOutput = TextWriter.Synchronized(output);
            var context = CliRun.Context(syncOutput, TextWriter.Synchronized(error));
            task = Task.Run(() => CliApplication.RunAsync(context, args, stop.Token));
        }

        public static ServeRun Start(string path) => new(["serve", "--org", path]);

        public static ServeRun StartEmpty() => new(["serve", "--empty"]);

        public async Task<string> ConnectionLine()
        {
            for (var i = 0; i < 600; i++)
            {
                string text;
                lock (syncOutput)
                {
                    text = output.ToString();
                }

                if (text.Contains('\n', StringComparison.Ordinal))
                {
                    return text.Split('\n')[0].TrimEnd('\r');
                }

                if (task.IsCompleted)
                {
                    throw new InvalidOperationException($"serve ended with {await task}: {error}");
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("serve printed no connection line within a minute: " + error);
        }

        public async Task<CliResult> Stop()
        {
            await stop.CancelAsync();
            var code = await task;
            return new CliResult(code, output.ToString(), error.ToString());
        }

        public async ValueTask DisposeAsync()
        {
            if (!task.IsCompleted)
            {
                await Stop();
            }

            stop.Dispose();
        }
    }
}
