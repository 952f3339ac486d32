using System.Net;
using System.Net.Http.Headers;
using DataverseSharing.WebApi.Resilience;
using Microsoft.AspNetCore.Http;

namespace DataverseSharing.WebApi.Tests.Resilience;

public sealed class DuplicateOnRetryHandlerTests
{
    private static readonly Guid Id = Guid.Parse("5a0f3e55-0000-4000-8000-000000000001");

    [Fact]
    public async Task Post_WrittenThenDroppedThenDuplicate_CountsAsOneCreateAndSucceeds()
    {
        var created = 0;
        await using var server = await ScriptedServer.StartAsync(async (context, number) =>
        {
            if (number == 1)
            {
                // The row is written, then the answer is lost: the client cannot tell it from a failed write.
                Interlocked.Increment(ref created);
                context.Abort();
                return;
            }

            await ScriptedServer.WriteErrorAsync(context, 412, "0x80040237", "A record with matching key values already exists.");
        });
        using var client = new ResilientClient(server.Url);

        using var response = await client.Http.PostAsync("accounts", new StringContent($"{{\"accountid\":\"{Id}\"}}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(response.Headers.Contains(DuplicateOnRetryHandler.DuplicateOnRetryHeader));
        Assert.Equal(1, created);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Patch_CreateOnlyUpsertAfter503_PreconditionFailedCountsAsSuccess()
    {
        await using var server = await ScriptedServer.StartAsync((context, number) =>
        {
            context.Response.StatusCode = number == 1 ? 503 : 412;
            return Task.CompletedTask;
        });
        using var client = new ResilientClient(server.Url);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"accounts({Id})") { Content = new StringContent("{}") };
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.EndsWith($"accounts({Id})", response.Headers.GetValues("OData-EntityId").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DuplicateOnFirstAttempt_StaysTheDuplicateError()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) =>
            ScriptedServer.WriteErrorAsync(context, 412, "0x80040237", "A record with matching key values already exists."));
        using var client = new ResilientClient(server.Url);

        using var response = await client.Http.PostAsync("accounts", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.False(response.Headers.Contains(DuplicateOnRetryHandler.DuplicateOnRetryHeader));
    }

    [Fact]
    public async Task Post_DuplicateAfterThrottle_StaysTheDuplicateError()
    {
        // A 429 means the server did not run the request, so a duplicate after it is someone else's row.
        await using var server = await ScriptedServer.StartAsync((context, number) =>
        {
            if (number == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return ScriptedServer.WriteErrorAsync(context, 429, "0x80072322", "throttled");
            }

            return ScriptedServer.WriteErrorAsync(context, 412, "0x80040237", "A record with matching key values already exists.");
        });
        using var client = new ResilientClient(server.Url);

        using var response = await client.Http.PostAsync("accounts", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }
}
