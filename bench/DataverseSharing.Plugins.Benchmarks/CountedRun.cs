using System.Diagnostics;
using System.Globalization;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Engine;

namespace DataverseSharing.Plugins.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- counts [sizes]</c>: per library size, the step's reads cold and warm (counted at the
/// organization service the plug-in is given) and the CPU time of the process over a cold and a warm step (medians
/// of 5), which waiting for a core on a loaded machine does not inflate the way it inflates wall time.
/// </summary>
internal static class CountedRun
{
    public static void Run(IEnumerable<int> sizes)
    {
        foreach (var size in sizes)
        {
            using var library = new SuggestionLibrary(size);
            var run = new DirectRun(library.Org);
            var cold = new List<double>();
            var warm = new List<double>();
            int coldReads = 0, warmReads = 0;
            for (var round = 0; round < 5; round++)
            {
                PracticeIndexCache.Clear();
                run.Counts.Reset();
                cold.Add(Cpu(() => run.SuggestStep(library.Deal)));
                coldReads = run.Counts.Reads;
                run.Counts.Reset();
                warm.Add(Cpu(() => run.SuggestStep(library.Deal)));
                warmReads = run.Counts.Reads;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"L={size}: cold {coldReads} reads (4 + ceil(L/5000) = {4 + ((size + 4999) / 5000)}), CPU median {Median(cold):0} ms; warm {warmReads} reads, CPU median {Median(warm):0.0} ms"));
        }
    }

    private static double Cpu(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
