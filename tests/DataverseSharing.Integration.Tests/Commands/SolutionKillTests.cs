using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Faults;
using DataverseSharing.Testing.Files;
using DataverseSharing.Testing.Solutions;
using Xunit.Abstractions;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// kill -9 at random moments of `solution pack` over an existing zip and of `solution unpack` over an existing
/// folder: the target is then the previous one or the new one, whole, never part of either; the next run of the
/// same command removes what the killed one left beside the target and finishes the job.
/// </summary>
public sealed class SolutionKillTests : IClassFixture<SolutionKillTests.References>, IDisposable
{
    private readonly References references;
    private readonly ITestOutputHelper log;
    private readonly TemporaryFolder temp = new();

    public SolutionKillTests(References references, ITestOutputHelper log)
    {
        this.references = references;
        this.log = log;
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Pack_KilledAtARandomMoment_LeavesTheOldZipOrTheNewOneAndAReRunFinishes(int kill)
    {
        var output = temp.File("out");
        Directory.CreateDirectory(output);
        var zip = Path.Combine(output, "DataverseSharing_managed.zip");
        File.WriteAllBytes(zip, references.OldZip);

        // Aimed at the write: the clock starts when the temporary zip appears beside the target.
        var run = Pack(zip).RunAndKill(KillSeed.For(kill), references.PackWindow, Writing(output));
        var after = File.ReadAllBytes(zip);
        log.WriteLine($"{run} -> {(after.SequenceEqual(references.OldZip) ? "old zip" : after.SequenceEqual(references.NewZip) ? "new zip" : "neither")}");

        Assert.True(after.SequenceEqual(references.OldZip) || after.SequenceEqual(references.NewZip), $"{run} | the zip is neither the old one nor the new one ({after.Length} bytes)");
        Assert.True(run.Killed || run.ExitCode == ExitCodes.Success, run.ToString());
        var again = SolutionRun.Run("pack", "--managed", "--folder", references.Folder, "--output", zip);
        Assert.True(again.ExitCode == ExitCodes.Success, $"{run} | re-run: {again.Error}");
        Assert.Equal(references.NewZip, File.ReadAllBytes(zip));
        Assert.Equal(new[] { zip }, Directory.GetFileSystemEntries(output));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Unpack_KilledAtARandomMoment_LeavesTheOldFolderOrTheNewOneAndAReRunFinishes(int kill)
    {
        var parent = temp.File("work");
        var folder = Path.Combine(parent, "src");
        Directory.CreateDirectory(parent);
        SolutionRun.Run("unpack", "--zipfile", references.OldZipPath, "--folder", folder);

        var run = ChildProcessKiller.DotNet(ConsoleProcess.AssemblyPath, "solution", "unpack", "--zipfile", references.NewZipPath, "--folder", folder)
            .RunAndKill(KillSeed.For(kill), references.UnpackWindow, Writing(parent));
        var state = Describe(parent, folder);
        log.WriteLine($"{run} -> {state}");

        Assert.True(state is "old folder" or "new folder" or "old folder set aside", $"{run} | after the kill: {state}");
        Assert.True(run.Killed || run.ExitCode == ExitCodes.Success, run.ToString());
        var again = SolutionRun.Run("unpack", "--zipfile", references.NewZipPath, "--folder", folder);
        Assert.True(again.ExitCode == ExitCodes.Success, $"{run} | re-run: {again.Error}");
        Assert.Empty(references.NewFolder.Differences(FolderSnapshot.Read(folder)));
        Assert.Equal(new[] { folder }, Directory.GetFileSystemEntries(parent));
    }

    [Fact]
    public void Unpack_AfterAKillBetweenTheTwoMoves_PutsThePreviousFolderBackBeforeReplacingIt()
    {
        var parent = temp.File("work");
        var folder = Path.Combine(parent, "src");
        Directory.CreateDirectory(parent);
        SolutionRun.Run("unpack", "--zipfile", references.OldZipPath, "--folder", folder);
        var ended = EndedProcessId();
        Directory.Move(folder, Path.Combine(parent, $".src.{ended}.0123abcd.old"));
        Directory.CreateDirectory(Path.Combine(parent, $".src.{ended}.4567cdef.unpack", "Other"));

        var notZip = temp.File("not.zip");
        File.WriteAllText(notZip, "not a zip");

        var refused = SolutionRun.Run("unpack", "--zipfile", notZip, "--folder", folder);
        var restored = FolderSnapshot.Read(folder);
        var again = SolutionRun.Run("unpack", "--zipfile", references.NewZipPath, "--folder", folder);

        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Empty(references.OldFolder.Differences(restored));
        Assert.True(again.ExitCode == ExitCodes.Success, again.Error);
        Assert.Empty(references.NewFolder.Differences(FolderSnapshot.Read(folder)));
        Assert.Equal(new[] { folder }, Directory.GetFileSystemEntries(parent));
    }

    private ChildProcessKiller Pack(string zip) =>
        ChildProcessKiller.DotNet(ConsoleProcess.AssemblyPath, "solution", "pack", "--managed", "--folder", references.Folder, "--output", zip);

    /// <summary>Whether the child has begun writing: one of its hidden siblings of the target is there.</summary>
    private static Func<bool> Writing(string parent) => () => Directory.EnumerateFileSystemEntries(parent, ".*").Any();

    private string Describe(string parent, string folder)
    {
        if (Directory.Exists(folder))
        {
            var now = FolderSnapshot.Read(folder);
            return now.SameAs(references.OldFolder) ? "old folder" : now.SameAs(references.NewFolder) ? "new folder" : $"a mix: {string.Join(", ", now.Differences(references.NewFolder).Take(5))}";
        }

        var aside = Directory.GetDirectories(parent, ".src.*.old");
        return aside.Length == 1 && FolderSnapshot.Read(aside[0]).SameAs(references.OldFolder) ? "old folder set aside" : "no folder";
    }

    private static int EndedProcessId()
    {
        using var done = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        done.WaitForExit();
        return done.Id;
    }

    /// <summary>
    /// The solution folder, the zips (old: unmanaged, new: managed) and folders they make, and how long a whole pack and
    /// a whole unpack wrote for, measured on reference runs.
    /// </summary>
    public sealed class References : IDisposable
    {
        private readonly TemporaryFolder files = new();

        public References()
        {
            Folder = files.CopyOf(SolutionRun.StagedSolution, "src");
            OldZipPath = files.File("old.zip");
            NewZipPath = files.File("new.zip");
            Require(SolutionRun.Run("pack", "--unmanaged", "--folder", Folder, "--output", OldZipPath));
            OldZip = File.ReadAllBytes(OldZipPath);

            var whole = ChildProcessKiller.DotNet(ConsoleProcess.AssemblyPath, "solution", "pack", "--managed", "--folder", Folder, "--output", NewZipPath)
                .RunToEnd(Writing(files.Path));
            Require(whole);
            NewZip = File.ReadAllBytes(NewZipPath);
            PackWindow = Window(whole);

            var unpacked = files.File("unpacked");
            Directory.CreateDirectory(unpacked);
            Require(SolutionRun.Run("unpack", "--zipfile", OldZipPath, "--folder", Path.Combine(unpacked, "old")));
            OldFolder = FolderSnapshot.Read(Path.Combine(unpacked, "old"));
            var unpack = ChildProcessKiller.DotNet(ConsoleProcess.AssemblyPath, "solution", "unpack", "--zipfile", NewZipPath, "--folder", Path.Combine(unpacked, "new"))
                .RunToEnd(Writing(unpacked));
            Require(unpack);
            NewFolder = FolderSnapshot.Read(Path.Combine(unpacked, "new"));
            UnpackWindow = Window(unpack);
            if (OldFolder.SameAs(NewFolder) || OldZip.SequenceEqual(NewZip))
            {
                throw new InvalidOperationException("The old and new references must differ, or a kill could not be told apart.");
            }
        }

        public string Folder { get; }

        public string OldZipPath { get; }

        public string NewZipPath { get; }

        public byte[] OldZip { get; }

        public byte[] NewZip { get; }

        public FolderSnapshot OldFolder { get; }

        public FolderSnapshot NewFolder { get; }

        public TimeSpan PackWindow { get; }

        public TimeSpan UnpackWindow { get; }

        public void Dispose() => files.Dispose();

        // At least a few milliseconds, so the draws spread over the write and the moves that follow it.
        private static TimeSpan Window(ChildRun run) =>
            run.ArmedFor > TimeSpan.FromMilliseconds(5) ? run.ArmedFor : TimeSpan.FromMilliseconds(5);

        private static void Require(CliResult result)
        {
            if (result.ExitCode != ExitCodes.Success)
            {
                throw new InvalidOperationException("A reference run failed: " + result.Error);
            }
        }

        private static void Require(ChildRun run)
        {
            if (run.ExitCode != ExitCodes.Success)
            {
                throw new InvalidOperationException("A reference run failed: " + run);
            }
        }
    }
}
