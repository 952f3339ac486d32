using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DataverseSharing.Serve.Benchmarks.RequestBenchmarks).Assembly).Run(args);
