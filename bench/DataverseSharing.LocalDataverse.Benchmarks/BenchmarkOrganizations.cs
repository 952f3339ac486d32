using System.Diagnostics;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// The organizations the suites run on. Every suite uses the fixed clock, so what it writes does not depend on when
/// it runs. The 100,000-row query data set is seeded once into a file under the temp folder and reused by every
/// later benchmark process (BenchmarkDotNet runs each case in its own process, and seeding takes minutes on a
/// loaded machine); each process copies that file into an in-memory organization, so queries never touch disk.
/// </summary>
public static class BenchmarkOrganizations
{
    /// <summary>Raise when <see cref="QueryDataSet"/> changes, so a stale seeded file is not reused.</summary>
    private const int DataSetVersion = 1;

    public static LocalOrganizationOptions Options { get; } = new() { Clock = FixedClock.Instance };

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "dvs-localdataverse-bench");

    public static LocalOrganization EmptyInMemory() => LocalOrganization.CreateInMemory(Options);

    /// <summary>An in-memory copy of the seeded query data set, seeding the shared file first if it is missing.</summary>
    public static LocalOrganization QueryDataSetInMemory()
    {
        var path = SeededQueryFile();
        using var file = LocalOrganization.Open(path, Options);
        using var snapshot = file.TakeSnapshot();
        var organization = LocalOrganization.CreateInMemory(Options);
        organization.Restore(snapshot);
        return organization;
    }

    private static string SeededQueryFile()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"query-dataset-v{DataSetVersion}.db");
        if (File.Exists(path))
        {
            return path;
        }

        // Seed in memory (no fsync per request), then write the file whole: a file only ever exists complete.
        var watch = Stopwatch.StartNew();
        using (var organization = EmptyInMemory())
        {
            var service = organization.SystemService;
            var rows = RowLoader.Load(service, QueryDataSet.AccountRows())
                + RowLoader.Load(service, QueryDataSet.OpportunityRows())
                + RowLoader.Load(service, QueryDataSet.PracticeRows())
                + RowLoader.Load(service, QueryDataSet.SuggestionRows());
            var partial = path + ".partial";
            File.Delete(partial);
            using (var file = LocalOrganization.Open(partial, Options))
            using (var snapshot = organization.TakeSnapshot())
            {
                file.Restore(snapshot);
            }

            File.Move(partial, path);
            Console.WriteLine($"// Seeded {rows:N0} rows into {path} in {watch.Elapsed.TotalSeconds:N1} s ({(RowLoader.HasCreateMultiple ? "CreateMultiple" : "Create")}).");
        }

        return path;
    }
}
