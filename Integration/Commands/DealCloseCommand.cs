using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// deal close: closes a deal as won or lost through WinOpportunity or LoseOpportunity (<see cref="DealCloser"/>);
/// before it exits, the outcome step has recounted the statistics of the deal's practices (unless --no-wait).
/// </summary>
public static class DealCloseCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var opportunity = OpportunityArgument.Required();
        var won = new Option<bool>("--won") { Description = "Close it as won" };
        var lost = new Option<bool>("--lost") { Description = "Close it as lost" };
        var competitor = new Option<string?>("--competitor") { Description = "The competitor beaten (--won) or lost to (--lost); added to the deal's competitors" };
        var notes = new Option<string?>("--notes") { Description = "Close notes, kept on the opportunity close activity" };
        var command = new Command("close", "Close a deal as won or lost; the statistics of its practices follow.\n" +
            "Example: dataverse-sharing deal close \"Northwind Traders - Supply Chain Planning rollout\" --won --competitor Oracle --notes \"Payback model convinced the CFO\"")
        {
            opportunity, won, lost, competitor, notes,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(won) == result.GetValue(lost))
            {
                result.AddError("Give exactly one of --won or --lost.");
            }

            if (result.GetValue(competitor) is { } c && (string.IsNullOrWhiteSpace(c) || c.Contains(';', StringComparison.Ordinal)))
            {
                result.AddError($"--competitor {EchoedValue.Of(c)} must name one competitor, without ';'.");
            }
        });
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var columns = new ColumnSet(OpportunitySchema.Name, OpportunitySchema.StateCode, OpportunitySchema.Competitors);
            var deal = OpportunityFinder.Find(connection.Service, parse.GetValue(opportunity)!, columns);
            var asWon = parse.GetValue(won);
            DealCloser.Close(connection.Service, deal, asWon, parse.GetValue(competitor)?.Trim(), parse.GetValue(notes)?.Trim());
            context.Output.WriteLine($"Closed \"{deal.GetAttributeValue<string>(OpportunitySchema.Name)}\" as {(asWon ? "Won" : "Lost")}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
