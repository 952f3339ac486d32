using System.Diagnostics;
using System.Globalization;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// Who runs a locked system job, kept in the job's hostid as "process id:process start ticks:runner id", so a job
/// left Locked by a process that was killed mid-run is recognised as abandoned and run again, as the platform's
/// async service picks up the jobs of a host that went down. A job locked by a live process is left to it.
/// </summary>
internal static class AsyncJobHost
{
    private static readonly Lazy<string> ThisProcess = new(() =>
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{process.Id}:{process.StartTime.ToUniversalTime().Ticks}");
    });

    /// <summary>The hostid of a runner of this process.</summary>
    public static string For(Guid runner) => ThisProcess.Value + ":" + runner.ToString("N");

    /// <summary>
    /// Whether a job locked under <paramref name="hostId"/> is abandoned: its process has ended, or it is this very
    /// runner's (which runs one job at a time, so a job it still holds locked is one it never finished).
    /// </summary>
    public static bool IsAbandoned(string? hostId, Guid runner)
    {
        if (string.IsNullOrEmpty(hostId))
        {
            // Locked before hosts were recorded: nothing says who holds it, so it is treated as held.
            return false;
        }

        if (string.Equals(hostId, For(runner), StringComparison.Ordinal))
        {
            return true;
        }

        var parts = hostId.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);

            // Same id, later start: the id was reused by a new process after the job's host died.
            return process.HasExited || process.StartTime.ToUniversalTime().Ticks != started;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not ours to inspect: it is running.
            return false;
        }
    }
}
