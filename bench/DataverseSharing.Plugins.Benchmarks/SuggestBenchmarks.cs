using BenchmarkDotNet.Attributes;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Benchmarks;

/// <summary>
/// The suggest step and the custom API at 10,000 approved practices: the step from an opportunity update to its
/// suggestion rows written (async drained) with the cache warm, the step cold (cache cleared first), and the
/// custom API warm.
/// </summary>
[MemoryDiagnoser]
public class SuggestBenchmarks
{
    private SuggestionLibrary library = null!;
    private DirectRun direct = null!;
    private bool atClose;

    [Params(10_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        library = new SuggestionLibrary(Practices);
        direct = new DirectRun(library.Org);
        direct.SuggestStep(library.Deal);
    }

    [GlobalCleanup]
    public void Cleanup() => library.Dispose();

    [Benchmark(Description = "step warm: update -> rows written, async drained")]
    public void StepWarm() => library.ToggleStage(ref atClose);

    [Benchmark(Description = "step cold: cache cleared, then the step")]
    public void StepCold()
    {
        PracticeIndexCache.Clear();
        direct.SuggestStep(library.Deal);
    }

    [Benchmark(Description = "custom API warm, by opportunity id")]
    public string ApiWarm() =>
        (string)library.Org.Rep.Execute(new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.OpportunityIdParameter] = library.Deal })[SuggestPracticesApi.SuggestionsJsonProperty]!;
}
