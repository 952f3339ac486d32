using System.Diagnostics;
using System.Globalization;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- counts</c>: the connector targets as counted runs. Overhead: the median of
/// interleaved connector Retrieves minus the median of the same GET sent raw. Bulk: UpsertMultiple of 10,000
/// practices, requests counted on the wire. Memory: rows read in pages, bytes allocated on the reading thread and the
/// live heap after a full collection every 10,000 rows.
/// </summary>
internal static class CountedRun
{
    public static void Run(bool bulkOnly)
    {
        using var served = ServedOrganization.Start();
        if (!bulkOnly)
        {
            Overhead(served);
            Memory(served);
        }

        Bulk(served);
    }

    private static void Overhead(ServedOrganization served)
    {
        var benchmark = new OverheadBenchmarks();
        benchmark.Setup();
        var raw = new List<double>();
        var connector = new List<double>();
        for (var i = 0; i < 2_500; i++)
        {
            raw.Add(Time(() => benchmark.RawHttpGet()));
            connector.Add(Time(() => benchmark.ConnectorRetrieve()));
        }

        benchmark.Cleanup();
        var (r, c) = (Median(raw.Skip(500)), Median(connector.Skip(500)));
        Print($"overhead: raw GET median {r:0.000} ms, connector Retrieve median {c:0.000} ms, connector overhead {c - r:0.000} ms per request (2,000 each after 500 warm-up)");
    }

    private static void Bulk(ServedOrganization served)
    {
        const int total = 10_000;
        const int perRequest = 2_000;
        served.Counter.Reset();
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < total; start += perRequest)
        {
            var targets = new EntityCollection { EntityName = BestPracticeSchema.Table };
            for (var i = start; i < start + perRequest; i++)
            {
                targets.Entities.Add(new Entity(BestPracticeSchema.Table, BestPracticeSchema.PracticeKey, $"bench-{i:D5}")
                {
                    [BestPracticeSchema.Name] = $"Practice {i}",
                });
            }

            served.Service.Execute(new OrganizationRequest("UpsertMultiple") { ["Targets"] = targets });
        }

        var requests = served.Counter.Count;
        var rows = served.Service.RetrieveAll(new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(false) }).Count();
        Print($"bulk: UpsertMultiple of {total:N0} practices ({perRequest:N0} a request) took {requests} requests (metadata included), {clock.Elapsed.TotalSeconds:0.0} s; {rows:N0} rows in the org");
    }

    private static void Memory(ServedOrganization served)
    {
        Seed(served, 100_000);
        var ten = Read(served, 10_000, out var tenPeak);
        var hundred = Read(served, 100_000, out var hundredPeak);
        Print($"memory: 10,000 rows allocate {ten / 1e6:0.0} MB on the reading thread (x10 = {ten * 10 / 1e6:0.0} MB); 100,000 rows allocate {hundred / 1e6:0.0} MB");
        Print($"memory: live heap after GC while reading 10,000: max {tenPeak.DefaultIfEmpty(0).Max() / 1e6:0.0} MB; while reading 100,000: {string.Join(", ", hundredPeak.Select(p => (p / 1e6).ToString("0.0", CultureInfo.InvariantCulture)))} MB every 10,000 rows");
    }

    private static long Read(ServedOrganization served, int rows, out List<long> peaks)
    {
        peaks = [];
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees"), TopCount = null };
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.LessThan, rows);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = 0;
        long measured = 0;
        foreach (var _ in served.Service.RetrieveAll(query))
        {
            if (++read % 10_000 == 0)
            {
                measured += GC.GetAllocatedBytesForCurrentThread() - before;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                peaks.Add(GC.GetTotalMemory(forceFullCollection: true));
                before = GC.GetAllocatedBytesForCurrentThread();
            }
        }

        return measured + (GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Seed(ServedOrganization served, int count)
    {
        var local = served.Organization.ServiceAs(served.UserId);
        for (var start = 0; start < count; start += 5_000)
        {
            var targets = new EntityCollection { EntityName = "account" };
            for (var i = start; i < start + 5_000; i++)
            {
                targets.Entities.Add(new Entity("account") { ["name"] = $"Account {i:D6}", ["numberofemployees"] = i });
            }

            local.Execute(new CreateMultipleRequest { Targets = targets });
        }
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
