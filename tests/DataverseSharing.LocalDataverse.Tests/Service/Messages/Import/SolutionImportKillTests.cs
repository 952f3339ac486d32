using DataverseSharing.Testing.Faults;
using DataverseSharing.Testing.Solutions;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages.Import;

/// <summary>
/// kill -9 at random moments of an import into an org file (a solution of 300 environment variables, a long write):
/// the file then holds the whole solution (its solution row and all 300 definitions) or none of it, never a part.
/// </summary>
public sealed class SolutionImportKillTests : IClassFixture<SolutionImportKillTests.Files>, IDisposable
{
    private static readonly string ChildPath = Path.Combine(AppContext.BaseDirectory, "DataverseSharing.LocalDataverse.OpenChild.dll");
    private readonly Files files;
    private readonly ITestOutputHelper log;
    private readonly TemporaryFolder folder = new();

    public SolutionImportKillTests(Files files, ITestOutputHelper log)
    {
        this.files = files;
        this.log = log;
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void ImportSolution_KilledWhileImporting_FileHoldsAllOfTheSolutionOrNone(int kill)
    {
        var path = folder.File("org.db");
        File.Copy(files.Empty, path);
        var ready = folder.File("ready");

        var run = ChildProcessKiller.DotNet(ChildPath, path, "import", files.Zip, ready).RunAndKill(KillSeed.For(kill), files.Window, () => File.Exists(ready));
        var (solutions, definitions) = Content(path);
        log.WriteLine($"{run} -> solution rows {solutions}, definitions {definitions}");

        Assert.True(run.Killed || run.ExitCode == 0, run.ToString());
        Assert.True((solutions, definitions) is (0, 0) or (1, Files.Variables), $"{run} | solution rows {solutions}, definitions {definitions}");
    }

    private static (long Solutions, long Definitions) Content(string path)
    {
        using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        raw.Open();
        return (Count(raw, "solution", "uniquename = 'KillCheck'"), Count(raw, "environmentvariabledefinition", "schemaname LIKE 'kill_%'"));
    }

    private static long Count(SqliteConnection connection, string table, string where)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';";
        if ((long)exists.ExecuteScalar()! == 0)
        {
            return 0;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE {where};";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>An org file before the import, the zip, and how long a whole import took (the window kills aim at).</summary>
    public sealed class Files : IDisposable
    {
        public const int Variables = 300;

        private readonly TemporaryFolder folder = new();

        public Files()
        {
            using var solution = new UnpackedSolutionBuilder("KillCheck", "kill");
            for (var i = 0; i < Variables; i++)
            {
                solution.EnvironmentVariable($"kill_Setting{i:D3}", defaultValue: i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Zip = folder.File("solution.zip");
            File.WriteAllBytes(Zip, FolderZipReader.Zip(solution.Root));
            Empty = folder.File("empty.db");
            using (LocalOrganization.Open(Empty, new LocalOrganizationOptions { Catalog = DataverseSharing.LocalDataverse.Metadata.LocalMetadata.StandardOnly(), EnforceSecurity = false }))
            {
            }

            var whole = folder.File("whole.db");
            File.Copy(Empty, whole);
            var ready = folder.File("ready");
            var run = ChildProcessKiller.DotNet(ChildPath, whole, "import", Zip, ready).RunToEnd(() => File.Exists(ready));
            if (run.ExitCode != 0 || Content(whole) != (1, Variables))
            {
                throw new InvalidOperationException($"The reference import failed: {run}; content {Content(whole)}");
            }

            Window = run.ArmedFor > TimeSpan.Zero ? run.ArmedFor : run.Elapsed;
        }

        public string Zip { get; }

        public string Empty { get; }

        public TimeSpan Window { get; }

        public void Dispose() => folder.Dispose();
    }
}
