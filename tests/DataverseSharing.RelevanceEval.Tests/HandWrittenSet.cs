using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

/// <summary>Finds and loads the committed hand-written set from the source tree (not a copy in bin/).</summary>
internal static class HandWrittenSet
{
    private static readonly Lazy<EvaluationSet> Loaded = new(() => EvaluationSetLoader.Load(Directory));

    public static EvaluationSet Value => Loaded.Value;

    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "DataverseSharing.RelevanceEval", "data");
                if (File.Exists(Path.Combine(candidate, DataFiles.Practices)))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("bench/DataverseSharing.RelevanceEval/data not found above " + AppContext.BaseDirectory);
        }
    }
}
