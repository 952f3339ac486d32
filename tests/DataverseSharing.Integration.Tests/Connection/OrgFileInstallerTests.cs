using DataverseSharing.Integration.Cli;
using DataverseSharing.Testing.Faults;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>init over an org that a killed process, a reader or a writer still has a part in; and over what is no org.</summary>
public sealed class OrgFileInstallerTests : IDisposable
{
    private readonly TempOrg temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void InitForce_AfterAnImportWasKilledPartWay_LeavesAWholeNewOrg()
    {
        CliRun.Run(temp.OrgPath, "init");
        var file = temp.File("k2000.json");
        File.WriteAllText(file, PracticeFileText.Json(2000, "first"));

        // Killed once the org's log holds 900 KB: committed work when imports went in batches of 1,000, pages
        // spilled before the commit when the import is one transaction. Either way the log belongs to the old org.
        var import = ConsoleProcess.Command(temp.OrgPath, "practices", "import", file)
            .RunAndKill(KillSeed.For(0), TimeSpan.FromMilliseconds(1), armed: () => LogLength(temp.OrgPath) > 900_000);
        var init = CliRun.Run(temp.OrgPath, "init", "--force");
        var content = OrgFileContent.Read(temp.OrgPath);
        var list = CliRun.Run(temp.OrgPath, "practices", "list");

        Assert.True(import.Killed, import.ToString());
        Assert.True(init.ExitCode == ExitCodes.Success, import + " | init: " + init.Error);
        Assert.True(content.Integrity == "ok", import + " | " + content);
        Assert.Empty(content.Practices);
        Assert.True(list.ExitCode == ExitCodes.Success, import + " | list: " + list.Error);
        Assert.Contains("0 practice(s).", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void InitForce_WhileAnotherConnectionHasTheOrgOpen_TheReaderSeesTheNewOrgAndTheFileStaysWhole()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        using var reader = Open(temp.OrgPath);
        Assert.Equal(26L, Count(reader));

        var init = CliRun.Run(temp.OrgPath, "init", "--force");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Equal(0L, Count(reader));
        Assert.Equal("ok", Integrity(reader));
        Assert.Contains("0 practice(s).", CliRun.Run(temp.OrgPath, "practices", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_OrgDeletedButItsLogLeftBehind_TheNewOrgIgnoresTheStaleLog()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        LeaveCommittedLog(temp.OrgPath, temp.File("stale-wal"));
        File.Delete(temp.OrgPath);
        File.Move(temp.File("stale-wal"), temp.OrgPath + "-wal");

        var init = CliRun.Run(temp.OrgPath, "init");
        var content = OrgFileContent.Read(temp.OrgPath);

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.True(content.Integrity == "ok", content.ToString());
        Assert.DoesNotContain("stale_marker", content.Rows.Keys);
        Assert.Empty(content.Practices);
    }

    [Fact]
    public void InitForce_FileThatIsNotADatabase_IsReplacedByTheNewOrg()
    {
        File.WriteAllText(temp.OrgPath, "notes, not a database: " + new string('x', 5000));

        var init = CliRun.Run(temp.OrgPath, "init", "--force");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Equal("ok", OrgFileContent.Read(temp.OrgPath).Integrity);
        Assert.Contains("0 practice(s).", CliRun.Run(temp.OrgPath, "practices", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitForce_AnotherProcessKeepsWriting_SaysWhatItWaitsForAndLeavesTheOldOrg()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20");
        var before = OrgFileContent.Read(temp.OrgPath);
        var error = new StringWriter();
        int code;
        using (var holder = Open(temp.OrgPath))
        {
            Execute(holder, "BEGIN IMMEDIATE; UPDATE dvs_bestpractice SET dvs_name = dvs_name;");
            var context = new CliContext(new StringWriter(), error, new Integration.Connection.EmbeddedConnectionFactory(error, _ => null) { LockTimeout = TimeSpan.FromSeconds(1) });
            code = await CliApplication.RunAsync(context, ["init", "--force", "--org", temp.OrgPath]);
        }

        Assert.Equal(ExitCodes.Environment, code);
        Assert.Contains($"Waiting for '{temp.OrgPath}': another process is writing it (giving up after 1 s).", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"error: The org file {temp.OrgPath} is locked by another process (waited 1 s); it was left as it was.", error.ToString(), StringComparison.Ordinal);
        Assert.True(OrgFileContent.Read(temp.OrgPath).SameAs(before));
        Assert.Equal(new[] { temp.OrgPath }, Directory.EnumerateFiles(temp.Folder));
    }

    private static long LogLength(string org) => File.Exists(org + "-wal") ? new FileInfo(org + "-wal").Length : 0;

    /// <summary>
    /// Commits a change that stays in the log, and copies the log aside before the close folds it into the file. The
    /// change includes a new table, so the log holds page 1 (the schema), as the log of an interrupted import does.
    /// </summary>
    private static void LeaveCommittedLog(string org, string copy)
    {
        using var connection = Open(org);
        Execute(connection, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE stale_marker (x); UPDATE dvs_bestpractice SET dvs_body = 'changed after the fact';");
        File.Copy(org + "-wal", copy);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // A new org has no practice table until its first practice is written (LocalDataverse's lazy tables).
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'dvs_bestpractice';";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT count(*) FROM dvs_bestpractice;";
        return (long)command.ExecuteScalar()!;
    }

    private static string Integrity(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }
}
