using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// Lets one process at a time build and put in place an org at a given path (a machine-wide named mutex, so no
/// lock file sits beside the org). Two first uses at once then build once; two <c>init --force</c> run one after
/// the other; and the -wal or -shm a deleted org left behind is removed by the only process that can be creating
/// the file. A process killed while holding it releases it (the next one gets it abandoned, which is fine: nothing
/// it guards is left half-done, see <see cref="OrgFileInstaller"/>).
/// </summary>
internal sealed class BuildGate : IDisposable
{
    private readonly Mutex mutex;

    private BuildGate(Mutex mutex) => this.mutex = mutex;

    /// <summary>Waits for the gate of <paramref name="target"/>, saying so once on <paramref name="progress"/> when another process holds it.</summary>
    public static BuildGate Enter(string target, TimeSpan timeout, TextWriter progress)
    {
        var mutex = new Mutex(false, Name(target));
        try
        {
            if (!Wait(mutex, TimeSpan.Zero))
            {
                progress.WriteLine($"Waiting for '{target}': another process is creating or replacing it (giving up after {Math.Ceiling(timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s).");
                if (!Wait(mutex, timeout))
                {
                    throw new CliException(ExitCodes.Environment, $"Another process kept creating or replacing the org at {target} for {Math.Ceiling(timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s; try again when it is done.");
                }
            }

            return new BuildGate(mutex);
        }
        catch
        {
            mutex.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        mutex.ReleaseMutex();
        mutex.Dispose();
    }

    private static bool Wait(Mutex mutex, TimeSpan timeout)
    {
        try
        {
            return mutex.WaitOne(timeout);
        }
        catch (AbandonedMutexException)
        {
            // The holder was killed; the gate is ours now.
            return true;
        }
    }

    // Global: every session of the machine (two terminals) shares it. Hashed: a path may be longer than a name may.
    private static string Name(string target)
    {
        var key = OperatingSystem.IsWindows() ? target.ToUpperInvariant() : target;
        return "Global\\dataverse-sharing-org-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
