using DataverseSharing.Integration.Connection;
using Spectre.Console;

namespace DataverseSharing.Integration.Cli;

/// <summary>
/// Before a command exits, runs the asynchronous steps its requests queued (a deal's suggestions after
/// <c>deal update</c>, say), so what the command changed is complete when the prompt returns. A spinner shows on
/// stderr while they run, when stderr is a terminal; <c>--no-wait</c> leaves them queued for a later command.
/// </summary>
public static class AsyncWait
{
    public static void Run(CliContext context, OrgConnection connection)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(connection);
        if (!context.WaitForAsyncWork || connection.AsyncWork is not { } work || work.Pending() is not (> 0 and var pending))
        {
            return;
        }

        AsyncWorkResult result;
        if (context.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
            result = console.Status().Spinner(Spinner.Known.Dots).Start($"Running {pending} queued step(s)...", _ => work.RunPending());
        }
        else
        {
            result = work.RunPending();
        }

        if (result.Failed > 0 || result.Postponed > 0)
        {
            context.Error.WriteLine($"warning: {result.Failed} asynchronous step(s) failed and {result.Postponed} will be retried; their system jobs (asyncoperation) hold the errors.");
        }
    }
}
