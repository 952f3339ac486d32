using BenchmarkDotNet.Attributes;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// LocalOrganization.CreateInMemory from an unpacked solution folder, then Dispose (target at most 50 ms): the
/// package's own Solution/src (tables, no steps), and a third party's folder with one table and five steps with
/// images (Fixtures/FabrikamInvoices). Each open reads and checks the folder anew, lays out the in-memory schema
/// and writes the registration rows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkColumnsConfig))]
public class SolutionFolderBenchmarks
{
    [Benchmark(Baseline = true)]
    public int OurSolutionFolder()
    {
        using var organization = LocalOrganization.CreateInMemory(SolutionFolders.OursOptions);
        return organization.Pipeline.Steps.Count;
    }

    [Benchmark]
    public int ThirdPartyFolderOneTableFiveSteps()
    {
        using var organization = LocalOrganization.CreateInMemory(SolutionFolders.ThirdPartyOptions);
        return organization.Pipeline.Steps.Count;
    }
}

/// <summary>The solution folders the benchmarks load, found from the build output.</summary>
internal static class SolutionFolders
{
    /// <summary>The third-party fixture, copied next to the benchmark assembly.</summary>
    public static string ThirdParty { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "FabrikamInvoices");

    /// <summary>The repository's Solution/src, found by walking up from the build output to the solution file.</summary>
    public static string Ours { get; } = FindOurs();

    public static LocalOrganizationOptions OursOptions { get; } = new() { SolutionFolders = [Ours], EnforceSecurity = false };

    public static LocalOrganizationOptions ThirdPartyOptions { get; } = new()
    {
        SolutionFolders = [ThirdParty],
        PluginAssemblies = [typeof(Fabrikam.Plugins.InvoiceAudit).Assembly],
        EnforceSecurity = false,
    };

    private static string FindOurs()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DataverseSharing.sln")))
            {
                return Path.Combine(folder.FullName, "Solution", "src");
            }
        }

        throw new DirectoryNotFoundException($"No DataverseSharing.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository.");
    }
}
