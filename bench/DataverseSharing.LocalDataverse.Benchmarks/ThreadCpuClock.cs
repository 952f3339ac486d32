using System.Runtime.InteropServices;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// CPU time of the calling thread, in nanoseconds (Linux CLOCK_THREAD_CPUTIME_ID). Process.TotalProcessorTime
/// moves in 10 ms ticks on Linux, too coarse for one request; the engine runs a request on the caller's thread, so
/// the thread's clock is the request's cost.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    public static double Seconds()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return time.Seconds + (time.Nanoseconds / 1e9);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);
}
