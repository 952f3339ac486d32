using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DataverseSharing.Packer;

/// <summary>
/// The hidden siblings a pack or an unpack writes beside its target while it runs, named after the writing process:
/// <c>.&lt;name&gt;.&lt;pid&gt;.&lt;random&gt;.tmp</c> (a zip being written), <c>.unpack</c> (a folder being written) and
/// <c>.old</c> (the folder being replaced, for the moment of the swap). A run killed part-way leaves them; the next
/// pack or unpack of the same target removes those whose process has ended, and puts an <c>.old</c> folder back when
/// the kill fell between the two moves of the swap, so the target is always the previous one or the new one.
/// </summary>
internal static partial class Leftovers
{
    internal const string Zip = "tmp";
    internal const string Unpacking = "unpack";
    internal const string Replaced = "old";

    /// <summary>A new sibling of <paramref name="target"/> for this process, of the given kind.</summary>
    internal static string NewFor(string target, string kind) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid().ToString("N")[..8]}.{kind}");

    /// <summary>Removes what ended runs left beside <paramref name="target"/>, restoring a replaced folder first.</summary>
    internal static void Clean(string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var prefix = "." + Path.GetFileName(target) + ".";
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, prefix + "*").Order(StringComparer.Ordinal).ToList())
        {
            var match = Name().Match(Path.GetFileName(path)[prefix.Length..]);
            if (!match.Success || !int.TryParse(match.Groups["pid"].Value, out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                if (match.Groups["kind"].Value == Replaced && !Directory.Exists(target) && !File.Exists(target))
                {
                    Directory.Move(path, target); // killed between the two moves: the previous folder comes back
                }
                else if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Removed by another run meanwhile, or held by a process that reused the id: next time.
            }
        }
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
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(?<pid>[0-9]+)\.[0-9a-f]{8}\.(?<kind>tmp|unpack|old)$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
