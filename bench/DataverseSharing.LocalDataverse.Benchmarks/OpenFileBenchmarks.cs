using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Suite 5: LocalOrganization.Open on an existing file holding the solution's tables and a few rows, then Dispose
/// (target at most 300 ms). The metadata catalog is parsed once per process (LocalMetadata.Default), so the
/// measured figure is the warm open: the schema check and upgrade pass over the file. ParseSolutionMetadata shows
/// what a process's first open pays on top of it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkColumnsConfig))]
public class OpenFileBenchmarks
{
    private string path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(BenchmarkOrganizations.Folder);
        path = Path.Combine(BenchmarkOrganizations.Folder, $"open-{Environment.ProcessId}.db");
        File.Delete(path);
        using var organization = LocalOrganization.Open(path, BenchmarkOrganizations.Options);
        RowLoader.Load(organization.SystemService, QueryDataSet.AccountRows().Take(100));
        RowLoader.Load(organization.SystemService, QueryDataSet.PracticeRows());
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public void OpenAndDispose()
    {
        using var organization = LocalOrganization.Open(path, BenchmarkOrganizations.Options);
    }

    [Benchmark]
    public int ParseSolutionMetadata() =>
        Metadata.LocalMetadata.Load(Metadata.Solution.SolutionSource.Embedded()).Tables.Count;
}
