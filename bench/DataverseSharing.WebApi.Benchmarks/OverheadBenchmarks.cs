using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Benchmarks;

/// <summary>
/// One Retrieve through the connector against the same GET sent raw on the same HttpClient: the difference is what
/// the connector adds per request (building the URL, reading and typing the JSON), the server's work being in both.
/// </summary>
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private ServedOrganization served = null!;
    private Guid id;
    private string url = null!;

    [GlobalSetup]
    public void Setup()
    {
        served = ServedOrganization.Start();
        id = served.Organization.ServiceAs(served.UserId).Create(new Entity("account") { ["name"] = "Contoso", ["numberofemployees"] = 12 });
        url = $"accounts({id:D})?$select=name,numberofemployees,accountid";
        served.Service.Retrieve("account", id, new ColumnSet("name"));
    }

    [GlobalCleanup]
    public void Cleanup() => served.Dispose();

    [Benchmark(Baseline = true)]
    public string RawHttpGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Prefer", "odata.include-annotations=\"*\"");
        using var response = served.Client.Send(request);
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public Entity ConnectorRetrieve() => served.Service.Retrieve("account", id, new ColumnSet("name", "numberofemployees"));
}
