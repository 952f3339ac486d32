using System.Diagnostics;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Faults;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>What a killed init leaves beside the org, and who may remove it.</summary>
public sealed class LeftoverBuildsTests : IDisposable
{
    private readonly TempOrg temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void NextCommand_AfterAnInitWasKilledWhileBuilding_RemovesWhatItLeftAndKeepsTheOrg()
    {
        CliRun.Run(temp.OrgPath, "init");
        var before = OrgFileContent.Read(temp.OrgPath);

        var init = ConsoleProcess.Command(temp.OrgPath, "init", "--demo", "--force")
            .RunAndKill(KillSeed.For(0), TimeSpan.FromMilliseconds(50), armed: () => BuildFiles().Count > 0);
        var leftBehind = BuildFiles();
        var list = CliRun.Run(temp.OrgPath, "practices", "list");

        Assert.True(init.Killed, init.ToString());
        Assert.NotEmpty(leftBehind);
        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.Contains($"file(s) an interrupted init left beside {temp.OrgPath}", list.Error, StringComparison.Ordinal);
        Assert.Empty(BuildFiles());
        Assert.True(OrgFileContent.Read(temp.OrgPath).SameAs(before), init.ToString());
    }

    [Fact]
    public void NextCommand_BuildFilesOfARunningProcess_AreKeptAndThoseOfAnEndedOneRemoved()
    {
        CliRun.Run(temp.OrgPath, "init");
        using var running = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        int ended;
        using (var done = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            done.WaitForExit();
            ended = done.Id;
        }

        var live = new[] { $"{temp.OrgPath}.{running.Id}.0a1b2c3d.new", $"{temp.OrgPath}.{running.Id}.0a1b2c3d.new-wal" };
        var dead = new[] { $"{temp.OrgPath}.{ended}.new", $"{temp.OrgPath}.{ended}.new-shm", $"{temp.OrgPath}.{ended}.9f8e7d6c.new-journal" };
        foreach (var file in live.Concat(dead))
        {
            File.WriteAllText(file, "x");
        }

        try
        {
            CliRun.Run(temp.OrgPath, "practices", "list");

            Assert.All(live, f => Assert.True(File.Exists(f), f));
            Assert.All(dead, f => Assert.False(File.Exists(f), f));
        }
        finally
        {
            running.Kill();
            running.WaitForExit();
        }
    }

    private List<string> BuildFiles() => Directory.EnumerateFiles(temp.Folder, "org.db.*.new*").ToList();
}
