using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempOrg temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Init_WithoutDemo_CreatesAnEmptyOrg()
    {
        var init = CliRun.Run(temp.OrgPath, "init");
        var list = CliRun.Run(temp.OrgPath, "practices", "list");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Contains("Created an empty org", init.Output, StringComparison.Ordinal);
        Assert.Contains("0 practice(s).", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_OrgExistsWithoutForce_ExitsUsageAndKeepsTheFile()
    {
        CliRun.Run(temp.OrgPath, "init");
        var before = File.GetLastWriteTimeUtc(temp.OrgPath);

        var again = CliRun.Run(temp.OrgPath, "init");

        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(temp.OrgPath));
    }

    [Fact]
    public void Init_DemoTwiceWithSameSeed_ExportsIdenticalLibraries()
    {
        var second = temp.File("second.db");
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "30");
        CliRun.Run(second, "init", "--demo", "--practices", "30");

        var first = CliRun.Run(temp.OrgPath, "practices", "export", "--format", "csv");
        var other = CliRun.Run(second, "practices", "export", "--format", "csv");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(first.Output, other.Output);
        Assert.Contains("36 practice(s)", CliRun.Run(second, "practices", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_NoOrgYet_CreatesTheDemoOrgOnFirstUseAndSaysSo()
    {
        var result = CliRun.Run(temp.OrgPath, "suggest", "Northwind Traders - Supply Chain Planning rollout", "--top", "1");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("creating it with the demo data", result.Error, StringComparison.Ordinal);
        Assert.Contains(" 1. ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_OrgFileIsNotADatabase_ExitsEnvironmentFailure()
    {
        File.WriteAllText(temp.OrgPath, "this is not a database, just text that happens to be long enough to have a header");

        var result = CliRun.Run(temp.OrgPath, "suggest", "anything");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Suggest_OrgFileFromANewerVersion_ExitsEnvironmentFailureAndLeavesTheFile()
    {
        CliRun.Run(temp.OrgPath, "init");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.OrgPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"__localdataverse_schema\" SET \"value\" = '999' WHERE \"key\" = 'schemaversion'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var before = File.ReadAllBytes(temp.OrgPath);

        var result = CliRun.Run(temp.OrgPath, "suggest", "anything");

        Assert.Equal(ExitCodes.Environment, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal(before, File.ReadAllBytes(temp.OrgPath));
    }
}
