using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

/// <summary>Finds and loads the committed hand-written sets from the source tree (not a copy in bin/).</summary>
internal static class HandWrittenSet
{
    private static readonly Lazy<EvaluationSet> Loaded = new(() => EvaluationSetLoader.Load(Directory));
    private static readonly Lazy<EvaluationSet> LoadedHoldout = new(() => EvaluationSetLoader.Load(HoldoutDirectory));
    private static readonly Lazy<EvaluationSet> LoadedTest = new(() => EvaluationSetLoader.Load(TestDirectory));
    private static readonly Lazy<EvaluationSet> LoadedReserve = new(() => EvaluationSetLoader.Load(Find("data-reserve", DataFiles.Deals)));
    private static readonly Lazy<EvaluationSet> LoadedSealed = new(() => EvaluationSetLoader.Load(Find("data-sealed", DataFiles.Deals)));

    public static EvaluationSet Value => Loaded.Value;

    /// <summary>The held-out deals, judged against the same practice library.</summary>
    public static EvaluationSet Holdout => LoadedHoldout.Value;

    /// <summary>The test deals (the first round's measurement, development since), judged against the same practice library.</summary>
    public static EvaluationSet Test => LoadedTest.Value;

    /// <summary>The reserve deals (measured once, at the end of the second round): loaded only for integrity checks.</summary>
    public static EvaluationSet Reserve => LoadedReserve.Value;

    /// <summary>The sealed blind deals (written without any ranker output, measured once): loaded only for integrity checks.</summary>
    public static EvaluationSet Sealed => LoadedSealed.Value;

    public static string Directory => Find("data", DataFiles.Practices);

    public static string TestDirectory => Find("data-test", DataFiles.Deals);

    public static string HoldoutDirectory => Find("data-holdout", DataFiles.Deals);

    private static string Find(string folder, string marker)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "DataverseSharing.RelevanceEval", folder);
            if (File.Exists(Path.Combine(candidate, marker)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"bench/DataverseSharing.RelevanceEval/{folder} not found above " + AppContext.BaseDirectory);
    }
}
