using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using DataverseSharing.Plugins.Benchmarks;

// `dotnet run -c Release -- --filter '*' --job short` runs SuggestBenchmarks; `counts [sizes]` prints the step's
// reads and CPU time per library size (default 10,000 and 100,000).
if (args.Length > 0 && args[0] == "counts")
{
    var sizes = args.Skip(1).Select(int.Parse).ToList();
    CountedRun.Run(sizes.Count > 0 ? sizes : [10_000, 100_000]);
    return;
}

if (args.Length > 0 && args[0] == "parts")
{
    ApiParts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}

// A loaded machine can take longer than BenchmarkDotNet's default 2 minutes to build the generated project.
BenchmarkSwitcher.FromAssembly(typeof(SuggestBenchmarks).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
