using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release -- --filter '*' --job short</c> runs the suites through BenchmarkSwitcher
/// (classes, filters and jobs from the command line); <c>cputime [name filters]</c> times the same operations in
/// thread CPU time, for loaded machines. See docs/benchmarks-localdataverse.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cputime")
        {
            CpuTimeRun.Run(args.Skip(1).ToList());
            return;
        }

        // BenchmarkDotNet builds a generated project before running and gives up after 2 minutes, which a shared,
        // loaded machine exceeds; --buildTimeout on the command line still overrides this.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
