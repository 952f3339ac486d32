using System.CommandLine;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Practices;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices retire: Retire an approved practice (Practice Approver): it is no longer suggested.</summary>
public static class PracticesRetireCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        PracticeMoveCommand.Build(context, org, "retire", PracticeStatus.Retired, "Retire an approved practice (Practice Approver): it is no longer suggested.");
}
