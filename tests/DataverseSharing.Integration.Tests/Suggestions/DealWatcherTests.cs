using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Tests.Suggestions;

[Collection(DemoOrgCollection.Name)]
public sealed class DealWatcherTests : IDisposable
{
    // Not a timing assertion: only a bound so a broken watch fails the test instead of hanging the run.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private readonly TempOrg temp = new();
    private readonly string org;

    public DealWatcherTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Watch_DealUpdatedThroughAnotherConnection_PrintsWhatChangedAndEndsWithZero()
    {
        var output = new LockedWriter();
        var error = new LockedWriter();
        using var stop = new CancellationTokenSource();
        var watch = CliApplication.RunAsync(CliRun.Context(output, error), new[] { "suggest", "--watch", DemoOrgFixture.ShowcaseDeal, "--org", org }, stop.Token);

        await WaitFor(output, "Watching");
        var update = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close");
        await WaitFor(output, "+ entered");
        await stop.CancelAsync();
        var exit = await watch;

        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("deal changed (4-Close)", output.Snapshot(), StringComparison.Ordinal);
        Assert.Contains("- left", output.Snapshot(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.Snapshot());
    }

    [Fact]
    public async Task Watch_IrrelevantChangeOnly_PrintsNothingNew()
    {
        var output = new LockedWriter();
        using var stop = new CancellationTokenSource();
        var watch = CliApplication.RunAsync(CliRun.Context(output, new LockedWriter()), new[] { "suggest", "--watch", DemoOrgFixture.ShowcaseDeal, "--org", org }, stop.Token);
        await WaitFor(output, "Watching");
        var printed = output.Snapshot();

        // Two writes: one the ranking ignores, then one it reads; only the second may print.
        CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--value", "420000");
        CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close");
        await WaitFor(output, "deal changed");
        await stop.CancelAsync();
        await watch;

        var added = output.Snapshot()[printed.Length..];
        Assert.Single(added.Split('\n'), l => l.Contains("deal changed", StringComparison.Ordinal));
        Assert.Contains("deal changed (4-Close)", added, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_OrgReplacedByInitForce_EndsWithEnvironmentErrorSayingSoAndTheOrgIsWhole()
    {
        var output = new LockedWriter();
        var error = new LockedWriter();
        var watch = CliApplication.RunAsync(CliRun.Context(output, error), new[] { "suggest", "--watch", DemoOrgFixture.ShowcaseDeal, "--org", org }, CancellationToken.None);
        await WaitFor(output, "Watching");

        var init = CliRun.Run(org, "init", "--demo", "--practices", "20", "--force");
        using var limit = new CancellationTokenSource(GiveUpAfter);
        var exit = await watch.WaitAsync(limit.Token);

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Equal(ExitCodes.Environment, exit);
        Assert.Equal($"error: The org at {org} was replaced by another process (init --force) while the watch ran; start the watch again to follow the new org.", error.Snapshot().Trim());
        Assert.Equal("ok", OrgFileContent.Read(org).Integrity);
        Assert.Contains("26 practice(s).", CliRun.Run(org, "practices", "list").Output, StringComparison.Ordinal);
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
