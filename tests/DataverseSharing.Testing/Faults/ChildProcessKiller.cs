using System.Diagnostics;
using System.Text;

namespace DataverseSharing.Testing.Faults;

/// <summary>
/// Fault injection for crash tests: runs a command as a child process and kills it with SIGKILL (kill -9, its whole
/// process tree) at a random moment drawn from a seed, then reports what happened (<see cref="ChildRun"/>). The
/// caller then checks what the child left on disk. Give the kill a moment to aim at with <c>armed</c> (for example
/// "the output file exists"); without it the clock starts when the child starts.
/// </summary>
public sealed class ChildProcessKiller
{
    // Not a timing assertion: only a bound, so a child that hangs fails the test instead of the run.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    private readonly string fileName;
    private readonly IReadOnlyList<string> arguments;

    public ChildProcessKiller(string fileName, IEnumerable<string> arguments)
    {
        this.fileName = fileName;
        this.arguments = arguments.ToList();
        CommandLine = string.Join(' ', new[] { Path.GetFileName(fileName) }.Concat(this.arguments.Select(Quote)));
    }

    /// <summary>The command as a shell would read it (for messages).</summary>
    public string CommandLine { get; }

    /// <summary>The folder the child starts in; the test process's own when null.</summary>
    public string? WorkingDirectory { get; private init; }

    /// <summary>The same command, started in <paramref name="workingDirectory"/>.</summary>
    public ChildProcessKiller In(string workingDirectory) => new(fileName, arguments) { WorkingDirectory = workingDirectory };

    /// <summary>A .NET application run as <c>dotnet app.dll args</c>, with the host that runs the tests.</summary>
    public static ChildProcessKiller DotNet(string assemblyPath, params string[] arguments) =>
        File.Exists(assemblyPath)
            ? new ChildProcessKiller(DotNetHost(), new[] { assemblyPath }.Concat(arguments))
            : throw new FileNotFoundException($"The application to run as a child process is not built: {assemblyPath}.", assemblyPath);

    /// <summary>
    /// Runs the child to its end: the reference run. With <paramref name="armed"/>, it also notes when the condition
    /// first held, so <see cref="ChildRun.ArmedFor"/> sizes the window kills are drawn from.
    /// </summary>
    public ChildRun RunToEnd(Func<bool>? armed = null) => Run(null, null, armed);

    /// <summary>
    /// Starts the child, waits until <paramref name="armed"/> holds (polled every few milliseconds; at once when
    /// null), then kills it after a delay drawn uniformly from [0, <paramref name="window"/>) by a Random seeded with
    /// <paramref name="seed"/>. A child that ends before the kill is reported as not killed, with its exit code.
    /// </summary>
    public ChildRun RunAndKill(int seed, TimeSpan window, Func<bool>? armed = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var delay = TimeSpan.FromTicks((long)(new Random(seed).NextDouble() * window.Ticks));
        return Run(seed, delay, armed);
    }

    private ChildRun Run(int? seed, TimeSpan? delay, Func<bool>? armed)
    {
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = StartInfo() };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var killed = false;
        TimeSpan? armedAfter = WaitUntil(process, armed) ? watch.Elapsed : null;
        if (delay is { } wait && armedAfter is not null && !process.WaitForExit(wait))
        {
            process.Kill(entireProcessTree: true);
            killed = true;
        }

        if (!process.WaitForExit(GiveUpAfter))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{CommandLine} did not end within {GiveUpAfter.TotalMinutes} minutes; it was killed.");
        }

        // The parameterless wait also waits for the end of the redirected output.
        process.WaitForExit();
        lock (output)
        {
            lock (error)
            {
                return new ChildRun(CommandLine, seed, delay, killed, process.ExitCode, watch.Elapsed, armedAfter, output.ToString(), error.ToString());
            }
        }
    }

    /// <summary>Waits until the condition holds; false when the child ended first.</summary>
    private static bool WaitUntil(Process process, Func<bool>? armed)
    {
        if (armed is null)
        {
            return true;
        }

        using var limit = new CancellationTokenSource(GiveUpAfter);
        while (!armed())
        {
            if (process.WaitForExit(2) || limit.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }

    private ProcessStartInfo StartInfo()
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (WorkingDirectory is not null)
        {
            info.WorkingDirectory = WorkingDirectory;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    // The SDK tells tools which host it runs; the test host itself is that host when started by `dotnet test`.
    private static string DotNetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
}
