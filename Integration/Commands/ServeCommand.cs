using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Demo;
using DataverseSharing.Serve;
using DataverseSharing.Serve.Faults;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// serve: the embedded org behind Dataverse's Web API on 127.0.0.1, until Ctrl+C or SIGTERM. Prints exactly one
/// stdout line, the connection string (with the new token); progress and errors go to stderr. See docs/serve.md.
/// </summary>
public static class ServeCommand
{
    /// <summary>How often the background runner looks for queued asynchronous steps while serving.</summary>
    private static readonly TimeSpan AsyncPollInterval = TimeSpan.FromMilliseconds(250);

    public static Command Build(CliContext context, Option<string?> org)
    {
        var port = NumericOptions.Integer("--port", "Port on 127.0.0.1 (default 0: any free port)", 0, 65535, 0);
        var faults = new Option<string?>("--faults") { Description = "Inject faults, shares of requests: 429:0.1,503:0.05,drop:0.02,slow:0.1" };
        var seed = NumericOptions.Integer("--seed", "Seed of the fault draws (same seed and request order, same faults)", int.MinValue, int.MaxValue, 0);
        var empty = new Option<bool>("--empty") { Description = "Serve a fresh org in memory without the package's solution (standard tables, one administrator), to try deploy into" };
        var command = new Command("serve", "Serve the org over Dataverse's Web API v9.2 on 127.0.0.1 until Ctrl+C; prints the connection string.\n" +
            "Example: dataverse-sharing serve --port 5555 --faults 429:0.1 --seed 7")
        {
            port, faults, seed, empty,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(context, async () =>
        {
            if (context.Connections is not EmbeddedConnectionFactory embedded)
            {
                throw CliException.Usage("serve serves the embedded LocalDataverse org; it does not apply to this connection.");
            }

            var spec = Faults(parse.GetValue(faults));
            var isEmpty = parse.GetValue(empty);
            using var organization = isEmpty
                ? Deploy.EmptyOrganization.Create(AsyncPollInterval)
                : embedded.OpenOrganization(new OrgOptions(parse.GetValue(org), context.ActAs), AsyncPollInterval);
            var administrator = isEmpty ? Deploy.EmptyOrganization.AdministratorId : DemoPeople.AdministratorId;
            var user = context.ActAs is null ? administrator : UserFinder.Find(organization.ServiceAs(administrator), context.ActAs);
            await using var server = await Start(organization, new LocalWebApiServerOptions
            {
                DefaultUserId = user,
                Port = parse.GetValue(port),
                Faults = spec,
                Seed = parse.GetValue(seed),
            }, cancellation).ConfigureAwait(false);
            await context.Output.WriteLineAsync(server.ConnectionString).ConfigureAwait(false);
            await context.Output.FlushAsync(cancellation).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"Serving {(isEmpty ? "an empty org in memory" : organization.Database.DataSource)} at {server.Url.GetLeftPart(UriPartial.Authority)}/api/data/v9.2/ until Ctrl+C.").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop serving and close the org.
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static FaultSpec Faults(string? text)
    {
        try
        {
            return text is null ? FaultSpec.None : FaultSpec.Parse(text);
        }
        catch (FormatException e)
        {
            throw CliException.Usage("--faults: " + e.Message);
        }
    }

    private static async Task<LocalWebApiServer> Start(LocalDataverse.LocalOrganization organization, LocalWebApiServerOptions options, CancellationToken cancellation)
    {
        try
        {
            return await LocalWebApiServer.StartAsync(organization, options, cancellation).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new CliException(ExitCodes.Environment, $"Cannot listen on 127.0.0.1:{options.Port}: {e.Message}", e);
        }
    }
}
