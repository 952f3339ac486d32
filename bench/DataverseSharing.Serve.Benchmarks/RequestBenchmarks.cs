using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using DataverseSharing.LocalDataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Serve.Benchmarks;

/// <summary>
/// One Retrieve, one page of 100 rows and one Create, each over loopback HTTP through the server and sent to the
/// engine in process, on an in-memory organization of 1,000 accounts. Run:
/// <c>dotnet run -c Release --project bench/DataverseSharing.Serve.Benchmarks -- --filter '*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks
{
    private LocalOrganization organization = null!;
    private LocalWebApiServer server = null!;
    private HttpClient client = null!;
    private Guid accountId;

    [GlobalSetup]
    public void Setup()
    {
        organization = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });
        var rows = new EntityCollection { EntityName = "account" };
        for (var i = 0; i < 1_000; i++)
        {
            rows.Entities.Add(new Entity("account") { ["name"] = $"Account {i:0000}", ["numberofemployees"] = i });
        }

        organization.SystemService.Execute(new OrganizationRequest("CreateMultiple") { ["Targets"] = rows });
        accountId = organization.SystemService.RetrieveMultiple(new QueryExpression("account") { TopCount = 1 }).Entities[0].Id;
        server = LocalWebApiServer.StartAsync(organization, new LocalWebApiServerOptions { DefaultUserId = Guid.NewGuid() }).GetAwaiter().GetResult();
        client = new HttpClient { BaseAddress = new Uri(server.Url, "/api/data/v9.2/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        organization.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Entity RetrieveInProcess() => organization.SystemService.Retrieve("account", accountId, new ColumnSet("name"));

    [Benchmark]
    public async Task<string> RetrieveOverHttp() => await client.GetStringAsync($"accounts({accountId})?$select=name");

    [Benchmark]
    public EntityCollection PageOf100InProcess() =>
        organization.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees"), TopCount = 100 });

    [Benchmark]
    public async Task<string> PageOf100OverHttp() => await client.GetStringAsync("accounts?$select=name,numberofemployees&$top=100");

    [Benchmark]
    public Guid CreateInProcess() => organization.SystemService.Create(new Entity("account") { ["name"] = "Created" });

    [Benchmark]
    public async Task<HttpResponseMessage> CreateOverHttp()
    {
        using var content = new StringContent("{\"name\":\"Created\"}", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("accounts", content);
        response.Dispose();
        return response;
    }
}
