using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Faults;
using Xunit.Abstractions;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>
/// kill -9 at random moments of <c>init --demo --force</c> over an existing org: the org is then whole, and holds
/// either the old org or the new one, never a mix; the next command clears what the killed build left.
/// </summary>
public sealed class InitKillTests : IClassFixture<InitKillTests.Orgs>, IDisposable
{
    private static readonly string[] Replace = ["init", "--demo", "--practices", "20", "--force"];
    private readonly Orgs orgs;
    private readonly ITestOutputHelper log;
    private readonly TempOrg temp = new();

    public InitKillTests(Orgs orgs, ITestOutputHelper log)
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
    public void InitForce_KilledAtARandomMoment_LeavesTheOldOrTheNewOrgWhole(int kill)
    {
        File.Copy(orgs.Old.OrgPath, temp.OrgPath);

        // Aimed at the work: the clock starts when the build file appears, and runs as long as a whole init ran from there.
        var run = ConsoleProcess.Command(temp.OrgPath, Replace).RunAndKill(KillSeed.For(kill), orgs.Window, Building(temp));
        var content = OrgFileContent.Read(temp.OrgPath);
        var next = CliRun.Run(temp.OrgPath, "practices", "list");
        log.WriteLine($"{run} -> {(content.SameAs(orgs.OldContent) ? "old org" : content.SameAs(orgs.NewContent) ? "new org" : content.ToString())}");

        Assert.True(content.Integrity == "ok", $"{run} | {content}");
        Assert.True(content.SameAs(orgs.OldContent) || content.SameAs(orgs.NewContent), $"{run} | after: {content}; old: {orgs.OldContent}; new: {orgs.NewContent}");
        Assert.True(run.Killed || run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.True(next.ExitCode == ExitCodes.Success, $"{run} | next command: {next.Error}");
        Assert.Equal(new[] { temp.OrgPath }, Directory.EnumerateFiles(temp.Folder).Where(f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal)));
    }

    /// <summary>Whether a build of the org has begun: its build file is there.</summary>
    private static Func<bool> Building(TempOrg org) => () => Directory.EnumerateFiles(org.Folder, "org.db.*.new").Any();

    /// <summary>The old org (empty, plus 100 imported practices), the new one a whole init makes over it, and how long that took.</summary>
    public sealed class Orgs : IDisposable
    {
        public Orgs()
        {
            CliRun.Run(Old.OrgPath, "init");
            var practices = Old.File("old.json");
            File.WriteAllText(practices, PracticeFileText.Json(100, "old"));
            CliRun.Run(Old.OrgPath, "practices", "import", practices);
            File.Delete(practices);
            OldContent = OrgFileContent.Read(Old.OrgPath);

            File.Copy(Old.OrgPath, New.OrgPath);
            var whole = ConsoleProcess.Command(New.OrgPath, Replace).RunToEnd(Building(New));
            if (whole.ExitCode != ExitCodes.Success)
            {
                throw new InvalidOperationException("The reference init failed: " + whole);
            }

            NewContent = OrgFileContent.Read(New.OrgPath);
            Window = whole.ArmedFor > TimeSpan.Zero ? whole.ArmedFor : whole.Elapsed;
        }

        public TempOrg Old { get; } = new();

        public TempOrg New { get; } = new();

        public OrgFileContent OldContent { get; }

        public OrgFileContent NewContent { get; }

        public TimeSpan Window { get; }

        public void Dispose()
        {
            Old.Dispose();
            New.Dispose();
        }
    }
}
