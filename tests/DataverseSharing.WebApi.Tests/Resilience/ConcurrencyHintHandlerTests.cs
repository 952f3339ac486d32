using DataverseSharing.WebApi.Resilience;
using Microsoft.AspNetCore.Http;

namespace DataverseSharing.WebApi.Tests.Resilience;

public sealed class ConcurrencyHintHandlerTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData("500", ServiceProtection.MaxConcurrency)]
    public async Task Send_ServerHint_BoundsRequestsInFlight(string hint, int expectedLimit)
    {
        var inFlight = 0;
        var most = 0;
        var gate = new SemaphoreSlim(0);
        await using var server = await ScriptedServer.StartAsync(async (context, number) =>
        {
            context.Response.Headers[ConcurrencyHintHandler.HintHeader] = hint;
            if (number > 1)
            {
                var now = Interlocked.Increment(ref inFlight);
                lock (gate)
                {
                    most = Math.Max(most, now);
                }

                // Held until the test has sent everything, so every request the client allows is in flight at once.
                await gate.WaitAsync(context.RequestAborted);
                Interlocked.Decrement(ref inFlight);
            }

            await ScriptedServer.WriteJsonAsync(context);
        });
        using var client = new ResilientClient(server.Url);
        (await client.Http.GetAsync("WhoAmI")).Dispose();

        var sends = Enumerable.Range(0, 60).Select(_ => client.Http.GetAsync("accounts")).ToList();
        while (Volatile.Read(ref inFlight) < Math.Min(expectedLimit, 60))
        {
            await Task.Delay(10);
        }

        await Task.Delay(100);
        var atOnce = Volatile.Read(ref inFlight);
        gate.Release(1000);
        foreach (var response in await Task.WhenAll(sends))
        {
            response.Dispose();
        }

        Assert.Equal(expectedLimit, atOnce);
        Assert.Equal(expectedLimit, most);
    }
}
