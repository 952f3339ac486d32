using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Suite 1: one Create of an account with a few columns on an in-memory organization without plug-ins (target at
/// least 5,000 a second, so at most 200 µs each). The table grows as the benchmark runs, as it would in use.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkColumnsConfig))]
public class CreateBenchmarks
{
    private LocalOrganization organization = null!;
    private IOrganizationService service = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        organization = BenchmarkOrganizations.EmptyInMemory();
        service = organization.SystemService;
    }

    [GlobalCleanup]
    public void Cleanup() => organization.Dispose();

    [Benchmark]
    public Guid CreateAccount()
    {
        var i = next++;
        return service.Create(new Entity("account")
        {
            ["name"] = "Contoso " + i,
            ["accountnumber"] = "AC-1001",
            ["industrycode"] = new OptionSetValue(7),
            ["revenue"] = new Money(125_000m),
            ["numberofemployees"] = 250,
        });
    }
}
