using DataverseSharing.Integration;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Integration.Demo;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Tests;

/// <summary>The outcome of one in-process run of the console.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the console in-process against an org file, capturing stdout and stderr.</summary>
public static class CliRun
{
    public static CliResult Run(string orgPath, params string[] args) => RunAsync(orgPath, CancellationToken.None, args).GetAwaiter().GetResult();

    public static async Task<CliResult> RunAsync(string orgPath, CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApplication.RunAsync(Context(output, error), args.Concat(new[] { "--org", orgPath }).ToArray(), cancellation);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with the org's service wrapped (see <see cref="WrappedConnectionFactory"/>) and the given retry for deal update.</summary>
    public static CliResult Run(string orgPath, Func<IOrganizationService, IOrganizationService> wrap, DealUpdateRetry retry, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new WrappedConnectionFactory(error, wrap)) { UpdateRetry = retry };
        var code = CliApplication.RunAsync(context, args.Concat(new[] { "--org", orgPath }).ToArray()).GetAwaiter().GetResult();
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>A context whose environment holds no DATAVERSESHARING_ORG, so only --org decides.</summary>
    public static CliContext Context(TextWriter output, TextWriter error, DemoOptions? firstUse = null) =>
        new(output, error, new EmbeddedConnectionFactory(error, _ => null) { FirstUseDemo = firstUse ?? new DemoOptions() })
        {
            WatchInterval = TimeSpan.FromMilliseconds(50),
        };
}
