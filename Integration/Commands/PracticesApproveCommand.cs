using System.CommandLine;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Practices;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices approve: Approve a submitted practice (Practice Approver); the approval date is recorded.</summary>
public static class PracticesApproveCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        PracticeMoveCommand.Build(context, org, "approve", PracticeStatus.Approved, "Approve a submitted practice (Practice Approver); the approval date is recorded.");
}
