using DataverseSharing.Testing.Faults;

namespace DataverseSharing.Integration.Tests;

/// <summary>
/// The built console as a child process (`dotnet dataverse-sharing.dll ...`), for tests that must kill it or run it
/// beside another process. The project reference copies the console, with its runtime and dependency files, into
/// this project's output, so it is found next to the tests.
/// </summary>
public static class ConsoleProcess
{
    public static string AssemblyPath { get; } = Path.Combine(AppContext.BaseDirectory, "dataverse-sharing.dll");

    /// <summary>The console with these arguments and <c>--org</c>.</summary>
    public static ChildProcessKiller Command(string orgPath, params string[] args) =>
        ChildProcessKiller.DotNet(AssemblyPath, args.Concat(new[] { "--org", orgPath }).ToArray());
}
