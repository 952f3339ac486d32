using System.CommandLine;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Practices;

/// <summary>
/// What practices submit, approve, reject and retire share: a practice key, an optional --comment, one status
/// Update the lifecycle guard judges, and one line saying what happened. A refusal is the guard's message (exit 3).
/// </summary>
public static class PracticeMoveCommand
{
    public static Command Build(CliContext context, Option<string?> org, string verb, PracticeStatus to, string description)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = new Argument<string>("key") { Description = "The practice's key (as `practices list` shows it)" };
        var comment = new Option<string?>("--comment") { Description = "Why: kept on the practice as its review comment" };
        var command = new Command(verb, $"{description}\nExample: dataverse-sharing practices {verb} pricing-bundle --comment \"...\"") { key, comment };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var moved = PracticeLifecycleRequests.Move(connection.Service, parse.GetValue(key)!, to, parse.GetValue(comment));
            context.Output.WriteLine($"{Past(to)} {PracticeLifecycleRequests.Describe(moved)}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static string Past(PracticeStatus to) => to switch
    {
        PracticeStatus.Submitted => "Submitted",
        PracticeStatus.Approved => "Approved",
        PracticeStatus.Rejected => "Rejected",
        PracticeStatus.Retired => "Retired",
        _ => "Reopened",
    };
}
