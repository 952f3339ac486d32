using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Suite 4: the same Update of one account on two in-memory organizations, one without plug-ins and one with the
/// three no-op steps of <see cref="NoOpStepsPlugin"/> (stages 10, 20 and 40). The difference of the two medians is
/// the pipeline's overhead per message (target at most 50 µs).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkColumnsConfig))]
public class PipelineOverheadBenchmarks
{
    private static readonly Guid AccountId = SeedIds.For(SeedIds.Account, 0);

    private LocalOrganization plain = null!;
    private LocalOrganization withSteps = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        plain = BenchmarkOrganizations.EmptyInMemory();
        withSteps = LocalOrganization.CreateInMemory(BenchmarkOrganizations.Options with { Steps = NoOpStepsPlugin.Steps });
        if (withSteps.Pipeline.Steps.Count != 3)
        {
            throw new InvalidOperationException($"Expected the three no-op steps, found {withSteps.Pipeline.Steps.Count}.");
        }

        foreach (var organization in new[] { plain, withSteps })
        {
            organization.SystemService.Create(new Entity("account", AccountId) { ["name"] = "Contoso", ["numberofemployees"] = 0 });
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        plain.Dispose();
        withSteps.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void UpdateWithoutSteps() => plain.SystemService.Update(Change());

    [Benchmark]
    public void UpdateWithThreeNoOpSteps() => withSteps.SystemService.Update(Change());

    // A changing value, so every Update really writes.
    private Entity Change() => new("account", AccountId) { ["numberofemployees"] = next++ % 1_000 };
}
