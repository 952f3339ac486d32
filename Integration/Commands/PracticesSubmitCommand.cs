using System.CommandLine;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Practices;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices submit: Submit a draft for review (needs a title, summary and body).</summary>
public static class PracticesSubmitCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        PracticeMoveCommand.Build(context, org, "submit", PracticeStatus.Submitted, "Submit a draft for review (needs a title, summary and body).");
}
