using BenchmarkDotNet.Attributes;
using DataverseSharing.Benchmarks.Data;
using DataverseSharing.Benchmarks.Lucene;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Benchmarks;

/// <summary>Building the index from a library: ours (text postings + structured lists + priors) vs Lucene's RAMDirectory.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private IReadOnlyList<Practice> practices = [];

    [Params(1_000, 10_000, 100_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup() => practices = SyntheticLibrary.Practices(Practices);

    [Benchmark(Baseline = true)]
    public PracticeIndex PracticeIndexBuild() => PracticeIndex.Build(practices);

    [Benchmark]
    public int LuceneBuild()
    {
        using var search = LucenePracticeSearch.Build(practices);
        return search.GetHashCode();
    }
}
