using BenchmarkDotNet.Attributes;
using DataverseSharing.Benchmarks.Data;
using DataverseSharing.Benchmarks.Lucene;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Benchmarks;

/// <summary>
/// One top-5 query per operation, cycling through 64 synthetic deals (each invocation runs all 64, and
/// OperationsPerInvoke divides, so times and allocations are per query). Ours includes the explanations.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const int DealCount = 64;

    private PracticeIndex index = null!;
    private LucenePracticeSearch lucene = null!;
    private IReadOnlyList<DealContext> deals = [];

    [Params(1_000, 10_000, 100_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var practices = SyntheticLibrary.Practices(Practices);
        deals = SyntheticLibrary.Deals(DealCount);
        index = PracticeIndex.Build(practices);
        lucene = LucenePracticeSearch.Build(practices);
    }

    [GlobalCleanup]
    public void Cleanup() => lucene.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = DealCount)]
    public int Top5WithExplanations()
    {
        var total = 0;
        foreach (var deal in deals)
        {
            total += index.Suggest(deal, 5, SyntheticLibrary.AsOfUtc).Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = DealCount)]
    public int LuceneTop5()
    {
        var total = 0;
        foreach (var deal in deals)
        {
            total += lucene.Search(deal, 5).Count;
        }

        return total;
    }
}
