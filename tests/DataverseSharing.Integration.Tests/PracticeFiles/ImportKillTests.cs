using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Faults;
using Xunit.Abstractions;

namespace DataverseSharing.Integration.Tests.PracticeFiles;

/// <summary>
/// kill -9 at random moments of a 2,000-record <c>practices import</c> (100 updates, 1,900 new): the org is then
/// whole and holds the library from before the import or the whole import, never part of it; running the import
/// again then finishes the job.
/// </summary>
public sealed class ImportKillTests : IClassFixture<ImportKillTests.Orgs>, IDisposable
{
    private readonly Orgs orgs;
    private readonly ITestOutputHelper log;
    private readonly TempOrg temp = new();

    public ImportKillTests(Orgs orgs, ITestOutputHelper log)
    {
        this.orgs = orgs;
        this.log = log;
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Import_KilledAtARandomMoment_LeavesAllOrNothingAndAReRunFinishes(int kill)
    {
        File.Copy(orgs.Before.OrgPath, temp.OrgPath);

        // Aimed at the work: the clock starts when the child opens the org, and runs as long as a whole import ran from there.
        var run = ConsoleProcess.Command(temp.OrgPath, "practices", "import", orgs.File).RunAndKill(KillSeed.For(kill), orgs.Window, Opened(temp));
        var content = OrgFileContent.Read(temp.OrgPath);
        log.WriteLine($"{run} -> {(content.SameAs(orgs.BeforeContent) ? "nothing imported" : content.SameAs(orgs.AfterContent) ? "all imported" : content.ToString())}");

        Assert.True(content.Integrity == "ok", $"{run} | {content}");
        Assert.True(content.SameAs(orgs.BeforeContent) || content.SameAs(orgs.AfterContent), $"{run} | after the kill: {content}; before: {orgs.BeforeContent}; whole import: {orgs.AfterContent}");
        Assert.True(run.Killed || run.ExitCode == ExitCodes.Success, run.ToString());
        var again = CliRun.Run(temp.OrgPath, "practices", "import", orgs.File);
        Assert.True(again.ExitCode == ExitCodes.Success, $"{run} | re-run: {again.Error}");
        Assert.True(OrgFileContent.Read(temp.OrgPath).SameAs(orgs.AfterContent), run.ToString());
    }

    /// <summary>Whether the child has opened the org: SQLite creates its log then.</summary>
    private static Func<bool> Opened(TempOrg org) => () => File.Exists(org.OrgPath + "-wal");

    /// <summary>The org before (100 practices), the file (2,000), the org after a whole import, and how long one took.</summary>
    public sealed class Orgs : IDisposable
    {
        private readonly TempOrg files = new();

        public Orgs()
        {
            CliRun.Run(Before.OrgPath, "init");
            var first = files.File("first.json");
            System.IO.File.WriteAllText(first, PracticeFileText.Json(100, "first edition"));
            CliRun.Run(Before.OrgPath, "practices", "import", first);
            BeforeContent = OrgFileContent.Read(Before.OrgPath);

            File = files.File("second.json");
            System.IO.File.WriteAllText(File, PracticeFileText.Json(2000, "second edition"));
            System.IO.File.Copy(Before.OrgPath, After.OrgPath);
            var whole = ConsoleProcess.Command(After.OrgPath, "practices", "import", File).RunToEnd(Opened(After));
            if (whole.ExitCode != ExitCodes.Success || !whole.Output.Contains("1900 created, 100 updated", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The reference import failed: " + whole + " " + whole.Output);
            }

            AfterContent = OrgFileContent.Read(After.OrgPath);
            Window = whole.ArmedFor > TimeSpan.Zero ? whole.ArmedFor : whole.Elapsed;
        }

        public TempOrg Before { get; } = new();

        public TempOrg After { get; } = new();

        public string File { get; }

        public OrgFileContent BeforeContent { get; }

        public OrgFileContent AfterContent { get; }

        public TimeSpan Window { get; }

        public void Dispose()
        {
            Before.Dispose();
            After.Dispose();
            files.Dispose();
        }
    }
}
