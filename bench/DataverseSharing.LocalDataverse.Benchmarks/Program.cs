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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
