using System.CommandLine;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Commands;

/// <summary>deal: the group of commands that read and work one opportunity.</summary>
public static class DealCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        new("deal", "Read and work one opportunity.\nExample: dataverse-sharing deal show \"Northwind Traders - Supply Chain Planning rollout\"")
        {
            DealShowCommand.Build(context, org),
            DealUpdateCommand.Build(context, org),
            DealTagCommand.Build(context, org),
            DealCloseCommand.Build(context, org),
        };
}
