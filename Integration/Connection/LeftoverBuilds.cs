using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// The files a build of a new org writes beside its target while it runs: the new file, named after the building
/// process, and SQLite's -wal, -shm or -journal of it. A build killed part-way leaves them behind; the next command
/// removes those whose process is gone, and never those of a build still running.
/// </summary>
internal static partial class LeftoverBuilds
{
    private static readonly string[] Companions = ["-wal", "-shm", "-journal"];

    /// <summary>A new name for this process's build of <paramref name="target"/>.</summary>
    public static string NewFileFor(string target) => $"{target}.{Environment.ProcessId}.{Guid.NewGuid().ToString("N")[..8]}.new";

    /// <summary>Deletes a file and SQLite's companion files of it.</summary>
    public static void Delete(string file)
    {
        DeleteCompanions(file);
        File.Delete(file);
    }

    /// <summary>Deletes SQLite's -wal, -shm and -journal of a file.</summary>
    public static void DeleteCompanions(string file)
    {
        foreach (var suffix in Companions)
        {
            File.Delete(file + suffix);
        }
    }

    /// <summary>Removes the build files of <paramref name="target"/> whose building process has ended; returns how many.</summary>
    public static int Clean(string target)
    {
        var folder = Path.GetDirectoryName(target);
        if (folder is null || !Directory.Exists(folder))
        {
            return 0;
        }

        var name = Path.GetFileName(target);
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, name + ".*.new*"))
        {
            // Also the names of earlier versions, which had no random part: "<org>.<pid>.new".
            var match = BuildFileName().Match(Path.GetFileName(file)[name.Length..]);
            if (match.Success && int.TryParse(match.Groups["pid"].Value, out var pid) && !IsRunning(pid))
            {
                try
                {
                    File.Delete(file);
                    removed++;
                }
                catch (IOException)
                {
                    // Gone already (another command cleaned it), or held by a process that reused the id: next time.
                }
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<pid>[0-9]+)(\.[0-9a-f]+)?\.new(-wal|-shm|-journal)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BuildFileName();
}
