using BenchmarkDotNet.Attributes;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Suite 2: one CreateMultiple of 1,000 accounts (target at least 50,000 rows a second, so at most 20 ms per
/// request). Each iteration starts from the empty organization again, so every request inserts into the same table.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkColumnsConfig))]
public class CreateMultipleBenchmarks
{
    public const int Rows = 1_000;

    private LocalOrganization organization = null!;
    private DatabaseSnapshot empty = null!;
    private CreateMultipleRequest request = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (!RowLoader.HasCreateMultiple)
        {
            throw new InvalidOperationException("This build of LocalDataverse has no CreateMultiple handler yet; the suite cannot run.");
        }

        organization = BenchmarkOrganizations.EmptyInMemory();
        empty = organization.TakeSnapshot();
    }

    [IterationSetup]
    public void ResetTable()
    {
        organization.Restore(empty);

        // A new request each time: the engine may set ids on the targets it was given.
        request = RowLoader.CreateMultiple(Enumerable.Range(0, Rows).Select(i => new Entity("account")
        {
            ["name"] = "Contoso " + i,
            ["accountnumber"] = "AC-" + i,
            ["industrycode"] = new OptionSetValue(1 + (i % 10)),
            ["revenue"] = new Money(1_000m * i),
            ["numberofemployees"] = i,
        }));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        empty.Dispose();
        organization.Dispose();
    }

    [Benchmark]
    public OrganizationResponse CreateMultiple1000Accounts() => organization.SystemService.Execute(request);
}
