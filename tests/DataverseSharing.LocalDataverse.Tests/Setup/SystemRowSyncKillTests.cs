using DataverseSharing.Testing.Faults;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DataverseSharing.LocalDataverse.Tests.Setup;

/// <summary>
/// kill -9 at random moments of an open whose registrations changed (300 steps: 100 removed, 200 updated, 100
/// added, with their images): the file then holds all the old registration rows or all the new ones, never a mix,
/// and the next open brings it to the new ones.
/// </summary>
public sealed class SystemRowSyncKillTests : IClassFixture<SystemRowSyncKillTests.Files>, IDisposable
{
    private static readonly string ChildPath = Path.Combine(AppContext.BaseDirectory, "DataverseSharing.LocalDataverse.OpenChild.dll");
    private readonly Files files;
    private readonly ITestOutputHelper log;
    private readonly TemporaryFolder folder = new();

    public SystemRowSyncKillTests(Files files, ITestOutputHelper log)
    {
        this.files = files;
        this.log = log;
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Open_KilledWhileWritingChangedRegistrations_RowsAllOldOrAllNewAndNextOpenWritesTheNew(int kill)
    {
        var path = folder.File("org.db");
        File.Copy(files.Old, path);
        var ready = folder.File("ready");

        var run = ChildProcessKiller.DotNet(ChildPath, path, "new", ready).RunAndKill(KillSeed.For(kill), files.Window, () => File.Exists(ready));
        var after = RegistrationContent.Read(path);
        log.WriteLine($"{run} -> {(after == files.OldContent ? "old rows" : after == files.NewContent ? "new rows" : "a mix")}");

        Assert.True(after == files.OldContent || after == files.NewContent, $"{run} | after: {after}");
        Assert.True(run.Killed || run.ExitCode == 0, run.ToString());
        var next = ChildProcessKiller.DotNet(ChildPath, path, "new").RunToEnd();
        Assert.True(next.ExitCode == 0, $"{run} | next open: {next}");
        Assert.Equal(files.NewContent, RegistrationContent.Read(path));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Open_KilledWhileLayingOutANewFile_NoTableWithoutItsRowsAndNextOpenWritesThem(int kill)
    {
        // A new file has none of the registration tables: the open's write lays them out with their rows.
        var path = folder.File("org.db");
        var ready = folder.File("ready");

        var run = ChildProcessKiller.DotNet(ChildPath, path, "new", ready).RunAndKill(KillSeed.For(kill), files.Window, () => File.Exists(ready));
        var laidOut = File.Exists(path) ? RegistrationTables(path) : [];
        log.WriteLine($"{run} -> registration tables: {string.Join(", ", laidOut)}");

        Assert.True(run.Killed || run.ExitCode == 0, run.ToString());
        Assert.True(laidOut.Count is 0 or 3, $"{run} | tables: {string.Join(", ", laidOut)}");
        if (laidOut.Count == 3)
        {
            Assert.Equal(files.NewContent, RegistrationContent.Read(path));
        }

        var next = ChildProcessKiller.DotNet(ChildPath, path, "new").RunToEnd();
        Assert.True(next.ExitCode == 0, $"{run} | next open: {next}");
        Assert.Equal(files.NewContent, RegistrationContent.Read(path));
    }

    [Fact]
    public async Task Open_TwoProcessesAtOnceOnANewFile_EachTableAndRowOnce()
    {
        var path = folder.File("org.db");

        var runs = await Task.WhenAll(Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => ChildProcessKiller.DotNet(ChildPath, path, "new").RunToEnd())));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Equal(files.NewContent, RegistrationContent.Read(path));
    }

    [Fact]
    public async Task Open_TwoProcessesAtOnce_EachRowOnce()
    {
        var path = folder.File("org.db");
        File.Copy(files.Old, path);

        var runs = await Task.WhenAll(Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => ChildProcessKiller.DotNet(ChildPath, path, "new").RunToEnd())));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Equal(files.NewContent, RegistrationContent.Read(path));
    }

    private static List<string> RegistrationTables(string path)
    {
        using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('sdkmessageprocessingstep', 'sdkmessageprocessingstepimage', 'plugintype') ORDER BY name;";
        var names = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>A file opened with the old registrations, the rows a whole open with the new ones leaves, and how long that open took.</summary>
    public sealed class Files : IDisposable
    {
        private readonly TemporaryFolder folder = new();

        public Files()
        {
            Old = folder.File("old.db");
            Run(Old, "old");
            OldContent = RegistrationContent.Read(Old);

            var fresh = folder.File("new.db");
            File.Copy(Old, fresh);
            var ready = folder.File("ready");
            var whole = Run(fresh, "new", ready);
            NewContent = RegistrationContent.Read(fresh);
            Window = whole.ArmedFor > TimeSpan.Zero ? whole.ArmedFor : whole.Elapsed;
        }

        public string Old { get; }

        public RegistrationContent OldContent { get; }

        public RegistrationContent NewContent { get; }

        public TimeSpan Window { get; }

        public void Dispose() => folder.Dispose();

        private static ChildRun Run(string path, string set, string? ready = null)
        {
            var child = ChildProcessKiller.DotNet(ChildPath, ready is null ? [path, set] : [path, set, ready]);
            var run = ready is null ? child.RunToEnd() : child.RunToEnd(() => File.Exists(ready));
            return run.ExitCode == 0 ? run : throw new InvalidOperationException("The reference open failed: " + run);
        }
    }

    /// <summary>The registration rows of a file as SQLite reads them, without the stamps that differ between runs.</summary>
    public sealed record RegistrationContent(string Integrity, string Steps, string Images, string Types)
    {
        public static RegistrationContent Read(string path)
        {
            using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            raw.Open();
            return new RegistrationContent(
                Scalar(raw, "PRAGMA integrity_check;"),
                Scalar(raw, "SELECT count(*) || ' ' || coalesce(group_concat(sdkmessageprocessingstepid || ':' || rank || ':' || coalesce(filteringattributes, ''), ','), '') FROM (SELECT * FROM sdkmessageprocessingstep ORDER BY sdkmessageprocessingstepid);"),
                Scalar(raw, "SELECT count(*) || ' ' || coalesce(group_concat(sdkmessageprocessingstepimageid || ':' || sdkmessageprocessingstepid || ':' || coalesce(attributes, ''), ','), '') FROM (SELECT * FROM sdkmessageprocessingstepimage ORDER BY sdkmessageprocessingstepimageid);"),
                Scalar(raw, "SELECT count(*) || ' ' || coalesce(group_concat(plugintypeid, ','), '') FROM (SELECT * FROM plugintype ORDER BY plugintypeid);"));
        }

        public override string ToString() => $"integrity {Integrity}; steps {Steps[..Math.Min(60, Steps.Length)]}...; images {Images[..Math.Min(60, Images.Length)]}...";

        private static string Scalar(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }
}
