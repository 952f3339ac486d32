using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using DataverseSharing.WebApi.Benchmarks;

// `dotnet run -c Release -- counts` prints the connector targets as counted runs (overhead, bulk requests, memory), `counts bulk` the bulk run alone;
// `dotnet run -c Release -- --filter '*' --job short` runs OverheadBenchmarks under BenchmarkDotNet.
if (args.Length > 0 && args[0] == "counts")
{
    CountedRun.Run(bulkOnly: args.Length > 1 && args[1] == "bulk");
    return;
}

// A loaded machine can take longer than BenchmarkDotNet's default 2 minutes to build the generated project.
BenchmarkSwitcher.FromAssembly(typeof(OverheadBenchmarks).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
