using System.Diagnostics;
using System.Globalization;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// The same operations as the BenchmarkDotNet suites, timed in the thread's CPU time as well as wall-clock time.
/// On a shared machine the wall clock also counts the time other processes hold the cores; CPU time per operation
/// is close to what the operation costs on an idle machine, so it is what the targets are judged by when the load
/// average is far above the core count. Each scenario: warm-up, then 21 batches; the median batch is reported.
/// </summary>
public static class CpuTimeRun
{
    private const int Batches = 21;

    public static void Run(IReadOnlyCollection<string> filters)
    {
        if (!ThreadCpuClock.IsAvailable)
        {
            Console.WriteLine("The CPU-time run reads the Linux thread CPU clock; use the BenchmarkDotNet suites elsewhere.");
            return;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average before: {LoadAverage()}"));
        Console.WriteLine("| Scenario | ops/batch | CPU median per op | wall median per op | ops/s (CPU) | rows/op | rows/s (CPU) | allocated per op |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        // Setups register their cleanups here: the organizations and the open suite's file go when the run ends.
        var cleanups = new List<Action>();
        try
        {
            foreach (var scenario in Scenarios(cleanups).Where(s => filters.Count == 0 || filters.Any(f => s.Name.Contains(f, StringComparison.OrdinalIgnoreCase))))
            {
                Measure(scenario);
            }
        }
        finally
        {
            cleanups.ForEach(cleanup => cleanup());
        }

        if (filters.Count == 0 || filters.Any(f => "pipeline".Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            MeasurePipelineOverhead();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average after: {LoadAverage()}"));
    }

    // Setup returns the operation, which returns the rows it wrote or read.
    private sealed record Scenario(string Name, int OpsPerBatch, Func<Func<int>> Setup, Action? BeforeEach = null);

    private static IEnumerable<Scenario> Scenarios(List<Action> cleanups)
    {
        yield return new("Create account", 200, () =>
        {
            var b = new CreateBenchmarks();
            b.Setup();
            cleanups.Add(b.Cleanup);
            return () => b.CreateAccount() == Guid.Empty ? 0 : 1;
        });
        if (RowLoader.HasCreateMultiple)
        {
            var multiple = new CreateMultipleBenchmarks();
            yield return new("CreateMultiple 1,000 accounts", 1, () =>
            {
                multiple.Setup();
                cleanups.Add(multiple.Cleanup);
                return () => ((Microsoft.Xrm.Sdk.Messages.CreateMultipleResponse)multiple.CreateMultiple1000Accounts()).Ids.Length;
            }, multiple.ResetTable);
        }

        var retrieve = new RetrieveMultipleBenchmarks();
        var retrieveReady = false;
        void SetupRetrieve()
        {
            if (!retrieveReady)
            {
                retrieve.Setup();
                cleanups.Add(retrieve.Cleanup);
                retrieveReady = true;
            }
        }

        yield return new("RetrieveMultiple suggestions of one opportunity", 50, () =>
        {
            SetupRetrieve();
            return retrieve.SuggestionsOfOneOpportunity;
        });
        yield return new("RetrieveMultiple opportunities joined to account", 2, () =>
        {
            SetupRetrieve();
            return retrieve.OpportunitiesJoinedToAccount;
        });
        var pipeline = new PipelineOverheadBenchmarks();
        var pipelineReady = false;
        void SetupPipeline()
        {
            if (!pipelineReady)
            {
                pipeline.Setup();
                cleanups.Add(pipeline.Cleanup);
                pipelineReady = true;
            }
        }

        yield return new("Update without steps", 200, () =>
        {
            SetupPipeline();
            return () =>
            {
                pipeline.UpdateWithoutSteps();
                return 1;
            };
        });
        yield return new("Update with three no-op steps", 200, () =>
        {
            SetupPipeline();
            return () =>
            {
                pipeline.UpdateWithThreeNoOpSteps();
                return 1;
            };
        });
        yield return new("Open file-backed org and dispose", 5, () =>
        {
            var b = new OpenFileBenchmarks();
            b.Setup();
            cleanups.Add(b.Cleanup);
            return () =>
            {
                b.OpenAndDispose();
                return 0;
            };
        });
        yield return new("CreateInMemory from our Solution/src (SolutionFolder)", 5, () =>
        {
            var b = new SolutionFolderBenchmarks();
            return b.OurSolutionFolder;
        });
        yield return new("CreateInMemory from a third-party folder, 1 table 5 steps (SolutionFolder)", 5, () =>
        {
            var b = new SolutionFolderBenchmarks();
            return b.ThirdPartyFolderOneTableFiveSteps;
        });
    }

    private static void Measure(Scenario scenario)
    {
        var operation = scenario.Setup();
        for (var i = 0; i < 3; i++)
        {
            RunBatch(scenario, operation);
        }

        var cpu = new List<double>();
        var wall = new List<double>();
        var allocated = new List<double>();
        var rows = 0.0;
        for (var i = 0; i < Batches; i++)
        {
            var batch = RunBatch(scenario, operation);
            cpu.Add(batch.Cpu / scenario.OpsPerBatch);
            wall.Add(batch.Wall / scenario.OpsPerBatch);
            allocated.Add((double)batch.Allocated / scenario.OpsPerBatch);
            rows = (double)batch.Rows / scenario.OpsPerBatch;
        }

        var cpuMedian = Median(cpu);
        var wallMedian = Median(wall);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {scenario.Name} | {scenario.OpsPerBatch} | {Format(cpuMedian)} | {Format(wallMedian)} | {1 / cpuMedian:N0} | {rows:N1} | {rows / cpuMedian:N0} | {FormatBytes(Median(allocated))} |"));
    }

    // CPU and wall seconds of one batch, and the rows its operations returned; the per-operation reset
    // (CreateMultiple's empty table) is not counted.
    // Allocations are the thread's own (GC.GetAllocatedBytesForCurrentThread): the engine does its work on the
    // calling thread, and the count is exact, unlike the process-wide figure other threads add to.
    private static (double Cpu, double Wall, int Rows, long Allocated) RunBatch(Scenario scenario, Func<int> operation)
    {
        double cpu = 0;
        double wall = 0;
        long allocated = 0;
        var rows = 0;
        for (var i = 0; i < scenario.OpsPerBatch; i++)
        {
            scenario.BeforeEach?.Invoke();
            var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = ThreadCpuClock.Seconds();
            var wallStart = Stopwatch.GetTimestamp();
            rows += operation();
            wall += Stopwatch.GetElapsedTime(wallStart).TotalSeconds;
            cpu += ThreadCpuClock.Seconds() - cpuStart;
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
        }

        return (cpu, wall, rows, allocated);
    }

    // The overhead is a small difference of two noisy figures: batches with and without steps alternate, and the
    // median of the per-pair differences is reported, so a burst of load hits both sides of a pair alike.
    private static void MeasurePipelineOverhead()
    {
        const int OpsPerBatch = 200;
        var pipeline = new PipelineOverheadBenchmarks();
        pipeline.Setup();
        var without = new Scenario("without", OpsPerBatch, () => () =>
        {
            pipeline.UpdateWithoutSteps();
            return 1;
        });
        var with = without with
        {
            Setup = () => () =>
            {
                pipeline.UpdateWithThreeNoOpSteps();
                return 1;
            },
        };
        var withoutOperation = without.Setup();
        var withOperation = with.Setup();
        var differences = new List<double>();
        for (var i = 0; i < Batches + 3; i++)
        {
            var plain = RunBatch(without, withoutOperation).Cpu;
            var stepped = RunBatch(with, withOperation).Cpu;
            if (i >= 3)
            {
                differences.Add((stepped - plain) / OpsPerBatch);
            }
        }

        pipeline.Cleanup();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| Pipeline overhead of three no-op steps (paired batches, median difference) | {OpsPerBatch} | {Format(Median(differences))} | | | | | |"));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string Format(double seconds) => seconds >= 1e-3
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e3:N2} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e6:N1} µs");

    private static string FormatBytes(double bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):N2} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N1} KiB");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
