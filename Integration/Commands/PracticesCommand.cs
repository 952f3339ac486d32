using System.CommandLine;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices: the group of commands that manage the practice library.</summary>
public static class PracticesCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        new("practices", "Manage the practice library: list, import, export.\nExample: dataverse-sharing practices list --status Approved")
        {
            PracticesListCommand.Build(context, org),
            PracticesImportCommand.Build(context, org),
            PracticesExportCommand.Build(context, org),
        };
}
