using System.ServiceModel;
using DataverseSharing.Integration.Connection;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Cli;

/// <summary>
/// Runs a command body and turns any failure into one line on stderr and the documented exit code; the only
/// place that does, so every command fails the same way.
/// </summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e) when (Classify(e) is { } code)
        {
            await context.Error.WriteLineAsync("error: " + OneLine(e.Message)).ConfigureAwait(false);
            return code;
        }
    }

    /// <summary>Opens the org the command line names and runs the body with it.</summary>
    public static Task<int> WithOrgAsync(CliContext context, string? orgPath, Func<OrgConnection, Task<int>> body) =>
        RunAsync(context, async () =>
        {
            var options = new OrgOptions(orgPath, context.ActAs) { ConnectionString = context.ConnectionString, Profile = context.Profile };
            using var connection = (options.IsWebApi ? context.WebApiConnections : context.Connections).Open(options);
            int code;
            try
            {
                code = await body(connection).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CliException or FaultException<OrganizationServiceFault>)
            {
                // Refused, but the org is fine: the steps a killed command left queued still run, so running that
                // command again finishes its job even when it now exits 3 ("already closed").
                AsyncWait.Run(context, connection);
                throw;
            }

            AsyncWait.Run(context, connection);
            return code;
        });

    private static int? Classify(Exception e) => e switch
    {
        CliException cli => cli.ExitCode,

        // The Web API could not be reached or refused the sign-in part-way through a command.
        DataverseSharing.WebApi.Connection.DataverseConnectionException => ExitCodes.Environment,

        // A server whose answer is not Dataverse's (a proxy's error page, a body the connector cannot read).
        HttpRequestException or InvalidDataException => ExitCodes.Environment,
        LocalDatabaseException => ExitCodes.Environment,

        // The engine reports storage failures (disk full, lock timeout) as UnexpectedError faults naming storage.
        FaultException<OrganizationServiceFault> fault when fault.Detail?.Message?.Contains("in storage", StringComparison.Ordinal) == true => ExitCodes.Environment,
        FaultException<OrganizationServiceFault> => ExitCodes.InvalidInput,
        Microsoft.Data.Sqlite.SqliteException => ExitCodes.Environment,
        IOException or UnauthorizedAccessException => ExitCodes.Environment,
        ArgumentException or FormatException => ExitCodes.InvalidInput,
        _ => null,
    };

    /// <summary>A message as one line: line breaks and tabs (a list of choices, say) become single spaces.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
