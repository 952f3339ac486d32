using System.Net;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Serve.Faults;

namespace DataverseSharing.Serve.Tests.Faults;

public sealed class FaultInjectionHttpTests
{
    [Fact]
    public async Task Request_AlwaysThrottled_Is429WithRetryAfterAndServiceProtectionCode()
    {
        await using var org = await Start(new FaultSpec { Throttle = 1, RetryAfter = TimeSpan.FromSeconds(3) });

        using var response = await org.Client.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter!.Delta);
        Assert.Contains((string)(await ServedOrg.ReadJson(response))["error"]!["code"]!, new[] { "0x80072322", "0x80072321", "0x80072326" });
    }

    [Fact]
    public async Task Requests_AlwaysThrottled_NameEachOfTheThreeServiceProtectionLimits()
    {
        await using var org = await Start(new FaultSpec { Throttle = 1 });
        var codes = new HashSet<string>();

        for (var i = 0; i < 30; i++)
        {
            using var response = await org.Client.GetAsync("accounts");
            codes.Add((string)(await ServedOrg.ReadJson(response))["error"]!["code"]!);
        }

        Assert.Equal(new[] { "0x80072321", "0x80072322", "0x80072326" }, codes.Order());
    }

    [Fact]
    public async Task Patch_IfNoneMatchNull_IsIgnoredAsDataverseIgnoresIt()
    {
        await using var org = await Start(FaultSpec.None);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"accounts({Guid.NewGuid()})") { Content = ServedOrg.Json(new { name = "Upserted" }) };
        request.Headers.TryAddWithoutValidation("If-None-Match", "null");

        using var response = await org.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Request_AlwaysUnavailable_Is503()
    {
        await using var org = await Start(new FaultSpec { Unavailable = 1 });

        using var response = await org.Client.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Request_AlwaysDropped_FailsWithoutAResponse()
    {
        await using var org = await Start(new FaultSpec { Drop = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => org.Client.GetAsync("accounts"));
    }

    [Fact]
    public async Task Request_WrongToken_IsRefusedBeforeAnyFault()
    {
        await using var org = await Start(new FaultSpec { Drop = 1 });
        using var client = org.NewClient("0");

        using var response = await client.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<AsyncServedOrg> Start(FaultSpec faults)
    {
        var org = new ServedOrg(new LocalOrganizationOptions { EnforceSecurity = false }, new LocalWebApiServerOptions { DefaultUserId = Guid.NewGuid(), Faults = faults, Seed = 1 });
        await org.InitializeAsync();
        return new AsyncServedOrg(org);
    }

    private sealed class AsyncServedOrg(ServedOrg org) : IAsyncDisposable
    {
        public HttpClient Client => org.Client;

        public HttpClient NewClient(string token) => org.NewClient(token);

        public async ValueTask DisposeAsync() => await org.DisposeAsync();
    }
}
