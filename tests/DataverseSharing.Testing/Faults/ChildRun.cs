using System.Globalization;

namespace DataverseSharing.Testing.Faults;

/// <summary>
/// What happened to one child process: killed (and when), or ended on its own (and with which code), with what it
/// printed. <see cref="ToString"/> is written for assertion messages: it names the seed that replays the run.
/// </summary>
/// <param name="Elapsed">From the start to the end of the child.</param>
/// <param name="ArmedAfter">From the start until the arming condition held (zero without one; null when the child ended first).</param>
public sealed record ChildRun(string CommandLine, int? Seed, TimeSpan? KillAfter, bool Killed, int ExitCode, TimeSpan Elapsed, TimeSpan? ArmedAfter, string Output, string Error)
{
    /// <summary>How long the child ran once armed: the window to draw kill moments from, measured on a whole run.</summary>
    public TimeSpan ArmedFor => ArmedAfter is { } armed && Elapsed > armed ? Elapsed - armed : TimeSpan.Zero;

    public override string ToString()
    {
        var what = Killed
            ? $"killed {Milliseconds(KillAfter)} ms after it was armed"
            : KillAfter is null ? $"ran to the end (exit {ExitCode})" : $"ended with exit {ExitCode} before the kill due at {Milliseconds(KillAfter)} ms";
        var seed = Seed is { } s ? $"seed {s.ToString(CultureInfo.InvariantCulture)} (replay: {KillSeed.Variable}={KillSeed.Base.ToString(CultureInfo.InvariantCulture)}): " : string.Empty;
        return $"{seed}{CommandLine}: {what}; stderr: {Last(Error)}";
    }

    private static string Milliseconds(TimeSpan? span) => (span ?? TimeSpan.Zero).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Last(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(none)" : lines[^1];
    }
}
