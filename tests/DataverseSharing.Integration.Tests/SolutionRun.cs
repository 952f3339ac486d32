using DataverseSharing.Integration;

namespace DataverseSharing.Integration.Tests;

/// <summary>Runs the console's <c>solution</c> commands in-process (they open no org), capturing stdout and stderr.</summary>
public static class SolutionRun
{
    /// <summary>
    /// The package's solution as the console's build staged it beside these tests (Solution/src with its built
    /// plug-in package and web resources): what a test copies before damaging it.
    /// </summary>
    public static string StagedSolution => Path.Combine(AppContext.BaseDirectory, "Solution");

    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.RunAsync(CliRun.Context(output, error), ["solution", .. args]).GetAwaiter().GetResult();
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
