using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Practices;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// practices revise: starts the next version of an approved practice as a Draft linked to it. The approved version
/// stays in use until the new one is approved; then it is retired.
/// </summary>
public static class PracticesReviseCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var key = new Argument<string>("key") { Description = "The approved practice's key" };
        var comment = new Option<string?>("--comment") { Description = "What the new version is for: kept as its review comment" };
        var command = new Command("revise", "Start the next version of an approved practice, as a draft to edit and submit.\n" +
            "Example: dataverse-sharing practices revise pricing-bundle --comment \"New list prices\"")
        {
            key, comment,
        };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var revision = PracticeLifecycleRequests.Revise(connection.Service, parse.GetValue(key)!, parse.GetValue(comment));
            context.Output.WriteLine($"Started {PracticeLifecycleRequests.Describe(revision)} as a draft of the next version; it replaces {parse.GetValue(key)!.Trim()} once approved.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
