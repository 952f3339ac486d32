using System.Diagnostics;
using DataverseSharing.Integration.Cli;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// Concurrent <c>deal update --competitor</c> on one deal never loses a competitor: from threads in this process
/// (each run opens its own connection, as a process would) and from real console processes started in pairs, so
/// their read-modify-write windows overlap. Without optimistic concurrency both lose several of their 12 or 40.
/// </summary>
[Collection(DemoOrgCollection.Name)]
public sealed class DealUpdateConcurrencyTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    private readonly TempOrg temp = new();
    private readonly string org;

    public DealUpdateConcurrencyTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Update_FourThreadsAddingTenCompetitorsEach_KeepsEveryCompetitor()
    {
        const int Threads = 4;
        const int Each = 10;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            for (var i = 0; i < Each; i++)
            {
                var result = CliRun.Run(org, "deal", "update", DemoOrgFixture.ShowcaseDeal, "--competitor", $"T{t}-{i}");
                if (result.ExitCode != ExitCodes.Success)
                {
                    failures.Enqueue($"T{t}-{i}: exit {result.ExitCode}: {result.Error}");
                }
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        var expected = Enumerable.Range(0, Threads).SelectMany(t => Enumerable.Range(0, Each).Select(i => $"T{t}-{i}")).Append("SAP");
        Assert.Equal(expected.OrderBy(c => c, StringComparer.Ordinal), Competitors().OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Update_TwoProcessesAtOnceSixTimes_KeepsEveryCompetitor()
    {
        const int Rounds = 6;
        for (var i = 0; i < Rounds; i++)
        {
            using var a = StartConsole("deal", "update", DemoOrgFixture.ShowcaseDeal, "--competitor", $"A{i}");
            using var b = StartConsole("deal", "update", DemoOrgFixture.ShowcaseDeal, "--competitor", $"B{i}");
            AssertSucceeded(a);
            AssertSucceeded(b);
        }

        var expected = Enumerable.Range(0, Rounds).SelectMany(i => new[] { $"A{i}", $"B{i}" }).Append("SAP");
        Assert.Equal(expected.OrderBy(c => c, StringComparer.Ordinal), Competitors().OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Update_WhileAnotherProcessHoldsTheWriteLock_WaitsThenSucceeds()
    {
        using (var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = org, Pooling = false }.ToString()))
        {
            holder.Open();
            using var write = holder.BeginTransaction(deferred: false);
            using var update = StartConsole("deal", "update", DemoOrgFixture.ShowcaseDeal, "--competitor", "Waited");

            // Not a timing assertion: while the lock is held the update cannot have succeeded, so an exit now is a
            // failure to wait (a slow start simply has not reached the lock yet).
            Thread.Sleep(TimeSpan.FromSeconds(1.5));
            if (update.HasExited)
            {
                Assert.Fail($"the update gave up instead of waiting (exit {update.ExitCode}): {update.StandardError.ReadToEnd()}");
            }

            write.Rollback();
            AssertSucceeded(update);
        }

        Assert.Contains("Waited", Competitors());
    }

    private string[] Competitors() =>
        JObject.Parse(CliRun.Run(org, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json").Output)["competitors"]!.Select(t => (string)t!).ToArray();

    // The console as users run it: `dotnet dataverse-sharing.dll ...`, from this test project's output folder.
    private Process StartConsole(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dataverse-sharing.dll"));
        foreach (var arg in args.Concat(new[] { "--org", org }))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("DATAVERSESHARING_ORG");
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static void AssertSucceeded(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProcessTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"deal update did not finish within {ProcessTimeout}.");
        }

        Assert.True(process.ExitCode == ExitCodes.Success, $"exit {process.ExitCode}: {error.Result} {output.Result}");
    }
}
