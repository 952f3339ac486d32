using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Engine;

namespace DataverseSharing.Integration.Commands;

/// <summary>solution: the commands that work on the package's unpacked solution folder.</summary>
public static class SolutionCommand
{
    public static Command Build(CliContext context) =>
        new("solution", "Work on the package's unpacked solution (Solution/src).\nExample: dataverse-sharing solution sync-registrations --check")
        {
            SolutionSyncRegistrationsCommand.Build(context),
            SolutionPackCommand.Build(context),
            SolutionUnpackCommand.Build(context),
            SolutionCheckCommand.Build(context),
        };
}
