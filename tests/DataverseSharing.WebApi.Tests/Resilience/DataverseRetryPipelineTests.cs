using System.Net;
using System.Net.Sockets;
using DataverseSharing.WebApi.Connection;
using Microsoft.AspNetCore.Http;

namespace DataverseSharing.WebApi.Tests.Resilience;

public sealed class DataverseRetryPipelineTests
{
    [Fact]
    public async Task Send_429WithRetryAfter_WaitsTheServersDelayOnTheClockAndReportsEachWait()
    {
        await using var server = await ScriptedServer.StartAsync((context, number) =>
        {
            if (number <= 2)
            {
                context.Response.Headers.RetryAfter = "7";
                return ScriptedServer.WriteErrorAsync(context, 429, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.");
            }

            return ScriptedServer.WriteJsonAsync(context);
        });
        using var client = new ResilientClient(server.Url);

        using var response = await client.Http.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, server.Requests);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], client.Clock.Waits);
        Assert.True(client.Clock.Elapsed >= TimeSpan.FromSeconds(14));
        var lines = client.Lines.Snapshot();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Contains("(429, service protection: number of requests): waiting 7.0 s", line, StringComparison.Ordinal));
        Assert.Contains("retry 2 of 8 (GET accounts)", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Send_GatewayOrUnavailable_RetriesWithBackoffUntilItSucceeds(int status)
    {
        await using var server = await ScriptedServer.StartAsync((context, number) =>
        {
            if (number == 1)
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            }

            return ScriptedServer.WriteJsonAsync(context);
        });
        using var client = new ResilientClient(server.Url);

        using var response = await client.Http.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
        Assert.Single(client.Clock.Waits);
        Assert.Contains($"answered {status}", Assert.Single(client.Lines.Snapshot()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConnectionDroppedMidRequest_RetriesAndSucceeds()
    {
        await using var server = await ScriptedServer.StartAsync((context, number) =>
        {
            if (number == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }

            return ScriptedServer.WriteJsonAsync(context, "{\"value\":[]}");
        });
        using var client = new ResilientClient(server.Url);

        var body = await client.Http.GetStringAsync("accounts");

        Assert.Equal("{\"value\":[]}", body);
        Assert.Equal(2, server.Requests);
        Assert.StartsWith("connection dropped", Assert.Single(client.Lines.Snapshot()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ThrottledOnEveryAttempt_GivesUpAfterTheRetriesWithTheLast429()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "1";
            return ScriptedServer.WriteErrorAsync(context, 429, "0x80072326", "Number of concurrent requests exceeded the limit of 52.");
        });
        using var client = new ResilientClient(server.Url, maxRetries: 3);

        using var response = await client.Http.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(4, server.Requests);
        Assert.Equal(3, client.Lines.Snapshot().Count);
        Assert.Contains("service protection: concurrent requests", client.Lines.Snapshot()[0], StringComparison.Ordinal);
        Assert.Contains("0x80072326", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NothingListening_OneLineConnectionRefusedWithoutRetrying()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new ResilientClient(new Uri($"http://127.0.0.1:{port}/"));

        var error = await Assert.ThrowsAsync<DataverseConnectionException>(() => client.Http.GetAsync("WhoAmI"));

        Assert.Equal($"cannot reach http://127.0.0.1:{port}: connection refused (is the server running, and the port right?)", error.Message);
        Assert.Empty(client.Lines.Snapshot());
        Assert.Empty(client.Clock.Waits);
    }

    [Fact]
    public async Task Send_BadRequest_IsNotRetried()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
            ScriptedServer.WriteErrorAsync(context, 400, "0x80040203", "Invalid argument."));
        using var client = new ResilientClient(server.Url);

        using var response = await client.Http.PostAsync("accounts", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, server.Requests);
    }
}
