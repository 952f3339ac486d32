using System.Globalization;
using System.Runtime.InteropServices;
using DataverseSharing.Benchmarks.Data;
using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- cpu [sizes]</c>: build and top-5 query cost in CPU time of the calling thread
/// (Linux CLOCK_THREAD_CPUTIME_ID), which time spent waiting for a core on a shared machine does not inflate the way
/// it inflates wall-clock time. Medians over 5 builds and 640 queries after 1,280 warm-up queries.
/// </summary>
internal static partial class ThreadCpuRun
{
    private const int ClockThreadCpuTime = 3;

    public static void Run(IEnumerable<int> sizes)
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.WriteLine("Thread CPU time is read through Linux clock_gettime; run this mode on Linux.");
            return;
        }

        var deals = SyntheticLibrary.Deals(64);
        foreach (var size in sizes)
        {
            var practices = SyntheticLibrary.Practices(size);
            PracticeIndex index = null!;
            var builds = new List<double>();
            for (var round = 0; round < 5; round++)
            {
                var start = ThreadMilliseconds();
                index = PracticeIndex.Build(practices);
                builds.Add(ThreadMilliseconds() - start);
            }

            for (var round = 0; round < 20; round++)
            {
                foreach (var deal in deals)
                {
                    index.Suggest(deal, 5, SyntheticLibrary.AsOfUtc);
                }
            }

            var queries = new List<double>();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var round = 0; round < 10; round++)
            {
                foreach (var deal in deals)
                {
                    var start = ThreadMilliseconds();
                    index.Suggest(deal, 5, SyntheticLibrary.AsOfUtc);
                    queries.Add(ThreadMilliseconds() - start);
                }
            }

            var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)queries.Count / 1024;
            builds.Sort();
            queries.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{size,7} practices: build {builds[builds.Count / 2],8:0.0} ms; top-5 median {queries[queries.Count / 2]:0.000} ms, p90 {queries[queries.Count * 9 / 10]:0.000} ms; {kilobytes:0.0} KB/query (thread CPU time)"));
        }
    }

    private static double ThreadMilliseconds()
    {
        _ = ClockGetTime(ClockThreadCpuTime, out var time);
        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
