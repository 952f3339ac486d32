using System.CommandLine;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Practices;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices reject: Reject a submitted practice (Practice Approver); its owner can reopen and rework it.</summary>
public static class PracticesRejectCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        PracticeMoveCommand.Build(context, org, "reject", PracticeStatus.Rejected, "Reject a submitted practice (Practice Approver); its owner can reopen and rework it.");
}
