using System.Globalization;
using BenchmarkDotNet.Running;

namespace DataverseSharing.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release -- --filter * --job short</c> runs the BenchmarkDotNet suite through
/// BenchmarkSwitcher (classes, filters and jobs from the command line); <c>smoke [sizes]</c> is a quick sanity pass;
/// <c>cpu [sizes]</c> measures thread CPU time, which a loaded machine distorts less than wall-clock time.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "smoke")
        {
            var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [1_000, 10_000, 100_000];
            SmokeRun.Run(sizes);
            return;
        }

        if (args.Length > 0 && args[0] == "cpu")
        {
            var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [1_000, 10_000, 100_000];
            ThreadCpuRun.Run(sizes);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
