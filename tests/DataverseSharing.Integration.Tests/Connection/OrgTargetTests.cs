using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Tests.Suggestions;
using DataverseSharing.Testing.Faults;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>Odd --org targets: an empty file, a directory, a read-only file, a file another process is writing.</summary>
public sealed class OrgTargetTests : IDisposable
{
    // Not a timing assertion: only a bound, so a broken wait fails the test instead of hanging the run.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private readonly TempOrg temp = new();

    public void Dispose()
    {
        if (File.Exists(temp.OrgPath))
        {
            ReadOnlyFiles.Unmark(temp.OrgPath);
        }

        temp.Dispose();
    }

    [Fact]
    public void Read_ZeroByteFile_ExitsEnvironmentAndWritesNothing()
    {
        File.WriteAllBytes(temp.OrgPath, []);

        var result = CliRun.Run(temp.OrgPath, "practices", "list");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal($"error: The org file {temp.OrgPath} is empty (0 bytes), so it holds no org; run `dataverse-sharing init --org {temp.OrgPath}` to create one there.", result.Error.Trim());
        Assert.Equal(0, new FileInfo(temp.OrgPath).Length);
    }

    [Fact]
    public void Init_ZeroByteFile_CreatesTheOrgThereWithoutForce()
    {
        File.WriteAllBytes(temp.OrgPath, []);

        var init = CliRun.Run(temp.OrgPath, "init");
        var list = CliRun.Run(temp.OrgPath, "practices", "list");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Contains("0 practice(s).", list.Output, StringComparison.Ordinal);
        Assert.Equal("ok", OrgFileContent.Read(temp.OrgPath).Integrity);
    }

    [Theory]
    [InlineData("practices", "list")]
    [InlineData("init", "--demo")]
    public void Command_OrgPathIsADirectory_ExitsEnvironmentAndCreatesNothing(params string[] args)
    {
        var folder = temp.File("a-folder");
        Directory.CreateDirectory(folder);

        var result = CliRun.Run(folder, args);

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Equal($"error: The org path {folder} is a directory; name a file in it instead (for example {Path.Combine(folder, "org.db")}).", result.Error.Trim());
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        Assert.Equal(new[] { folder }, Directory.EnumerateFileSystemEntries(temp.Folder));
    }

    [Fact]
    public void Read_ReadOnlyOrg_WorksAndLeavesTheFileAsItWas()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        ReadOnlyFiles.Mark(temp.OrgPath);
        var before = File.ReadAllBytes(temp.OrgPath);

        var list = CliRun.Run(temp.OrgPath, "practices", "list");
        var suggest = CliRun.Run(temp.OrgPath, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", "1");

        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.Contains("26 practice(s).", list.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, suggest.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(temp.OrgPath));
    }

    [Fact]
    public void Write_ReadOnlyOrg_ExitsEnvironmentWithOneClearLineAndChangesNothing()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        ReadOnlyFiles.Mark(temp.OrgPath);
        var before = File.ReadAllBytes(temp.OrgPath);

        var update = CliRun.Run(temp.OrgPath, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close");
        var init = CliRun.Run(temp.OrgPath, "init", "--force");

        Assert.Equal(ExitCodes.Environment, update.ExitCode);
        Assert.Equal($"error: Update failed in storage: The database file '{temp.OrgPath}' is read-only: it can be read but not changed. Make it writable (or work on a copy) to change it.", update.Error.Trim());
        Assert.Equal(ExitCodes.Environment, init.ExitCode);
        Assert.Equal($"error: The org file {temp.OrgPath} is read-only, so init does not replace it; make it writable first (or choose another --org).", init.Error.Trim());
        Assert.Equal(before, File.ReadAllBytes(temp.OrgPath));
    }

    [Fact]
    public void Read_AnotherProcessHoldsTheWriteLock_ReadsAtOnceWithoutWaiting()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        using var holder = HoldWriteLock();

        var list = CliRun.Run(temp.OrgPath, "practices", "list");
        var suggest = CliRun.Run(temp.OrgPath, "suggest", DemoOrgFixture.ShowcaseDeal, "--top", "1");

        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.Equal(ExitCodes.Success, suggest.ExitCode);
        Assert.DoesNotContain("Waiting", list.Error + suggest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_AnotherProcessKeepsTheWriteLock_SaysWhatItWaitsForThenFailsAfterTheBound()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        using var holder = HoldWriteLock();
        var error = new StringWriter();

        var code = await CliApplication.RunAsync(Context(new StringWriter(), error, TimeSpan.FromSeconds(1)), ["deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close", "--org", temp.OrgPath]);

        Assert.Equal(ExitCodes.Environment, code);
        var lines = error.ToString().Trim().Split('\n').Select(l => l.Trim()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal($"Waiting for '{temp.OrgPath}': another process is writing it (giving up after 1 s).", lines[0]);
        Assert.Equal($"error: Update failed in storage: The database file '{temp.OrgPath}' is locked by another process (waited 1 s). Close the program that uses it, or open another file.", lines[1]);
    }

    [Fact]
    public async Task Write_WriteLockReleasedWhileWaiting_GoesAheadAndSucceeds()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        var holder = HoldWriteLock();
        var error = new LockedWriter();

        // On a thread of its own: the command runs synchronously until it is done.
        var update = Task.Run(() => CliApplication.RunAsync(Context(new LockedWriter(), error, TimeSpan.FromSeconds(60)), ["deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close", "--org", temp.OrgPath]));
        await WaitFor(error, "Waiting for");
        holder.Dispose();

        Assert.True(await update == ExitCodes.Success, error.Snapshot());
        Assert.Contains("4-Close", CliRun.Run(temp.OrgPath, "deal", "show", DemoOrgFixture.ShowcaseDeal).Output, StringComparison.Ordinal);
    }

    private static CliContext Context(TextWriter output, TextWriter error, TimeSpan lockTimeout) =>
        new(output, error, new Integration.Connection.EmbeddedConnectionFactory(error, _ => null) { LockTimeout = lockTimeout });

    /// <summary>Another connection that takes the org's write lock and keeps it until disposed.</summary>
    private SqliteConnection HoldWriteLock()
    {
        var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp.OrgPath, Pooling = false }.ToString());
        holder.Open();
        using var command = holder.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; UPDATE dvs_bestpractice SET dvs_name = dvs_name;";
        command.ExecuteNonQuery();
        return holder;
    }

    private static async Task WaitFor(LockedWriter output, string text)
    {
        using var limit = new CancellationTokenSource(GiveUpAfter);
        while (!output.Snapshot().Contains(text, StringComparison.Ordinal))
        {
            await Task.Delay(20, limit.Token);
        }
    }
}
