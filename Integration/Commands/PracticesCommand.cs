using System.CommandLine;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices: the group of commands that manage the practice library.</summary>
public static class PracticesCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        new("practices", "Manage the practice library: list, import, export, and move practices through review.\nExample: dataverse-sharing practices list --status Approved")
        {
            PracticesListCommand.Build(context, org),
            PracticesImportCommand.Build(context, org),
            PracticesExportCommand.Build(context, org),
            PracticesSubmitCommand.Build(context, org),
            PracticesApproveCommand.Build(context, org),
            PracticesRejectCommand.Build(context, org),
            PracticesRetireCommand.Build(context, org),
            PracticesReviseCommand.Build(context, org),
        };
}
