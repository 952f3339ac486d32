using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Integration.Suggestions;
using DataverseSharing.Plugins.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Commands;

/// <summary>suggest: the practices worth reading now for a deal, with why; --watch follows the deal as it changes.</summary>
public static class SuggestCommand
{
    public const int MaxTop = 50;

    public static Command Build(CliContext context, Option<string?> org)
    {
        var opportunity = OpportunityArgument.Optional();
        var fromFile = new Option<string?>("--from-file") { Description = "Rank for a deal described in a JSON file instead (see docs/console.md)" };
        var top = NumericOptions.Integer("--top", $"How many suggestions (1 to {MaxTop})", 1, MaxTop, 5);
        var watch = new Option<bool>("--watch") { Description = "Keep following the deal and print what changes in its suggestions (Ctrl+C stops)" };
        var json = CommonOptions.Json();
        var command = new Command("suggest", "Suggest the approved practices worth reading now for a deal, with the reasons.\n" +
            "Example: dataverse-sharing suggest \"Northwind Traders - Supply Chain Planning rollout\" --top 5\n" +
            "Example: dataverse-sharing suggest --from-file deal.json --json")
        {
            opportunity, fromFile, top, watch, json,
        };
        command.Validators.Add(r =>
        {
            // Presence only: reading a value that failed its own check would throw instead of reporting.
            var hasName = r.GetResult(opportunity) is { Tokens.Count: > 0 };
            var hasFile = r.GetResult(fromFile) is not null;
            if (hasName == hasFile)
            {
                r.AddError("Name one opportunity, or give --from-file, not both.");
            }
            else if (hasFile && r.GetValue(watch))
            {
                r.AddError("--watch follows an opportunity in the org; it does not apply to --from-file.");
            }
        });
        command.SetAction((parse, cancellation) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), async connection =>
        {
            // Console and form rank through one code path: the custom API dvs_SuggestPractices.
            if (parse.GetValue(fromFile) is { } file)
            {
                var (name, deal) = DealFile.Read(file, context.Error);
                Print(context, parse.GetValue(json), name, null, SuggestPracticesCall.ForDeal(connection.Service, name, deal, parse.GetValue(top)));
                return ExitCodes.Success;
            }

            var opportunityRow = OpportunityFinder.Find(connection.Service, parse.GetValue(opportunity)!, DealReader.OpportunityColumns);
            if (parse.GetValue(watch))
            {
                // The watch re-ranks on every change it sees, locally, with the library indexed once per watch.
                var snapshot = DealReader.Read(connection.Service, opportunityRow);
                var ranker = Ranker.Load(connection.Service);
                await new DealWatcher(context, connection, ranker, parse.GetValue(top), parse.GetValue(json)).WatchAsync(snapshot, cancellation).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var step = opportunityRow.GetAttributeValue<string>(OpportunitySchema.StepName);
            Print(context, parse.GetValue(json), opportunityRow.GetAttributeValue<string>(OpportunitySchema.Name) ?? opportunityRow.Id.ToString("D"), step, SuggestPracticesCall.ForOpportunity(connection.Service, opportunityRow.Id, parse.GetValue(top)));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(CliContext context, bool json, string name, string? step, JObject document)
    {
        if (json)
        {
            context.Output.WriteLine(document.ToString(Formatting.Indented));
            return;
        }

        context.Output.WriteLine($"Suggestions for \"{name}\" ({step ?? (string?)document["stage"] ?? "no stage"}; {(int)document["libraryCount"]!} approved practices):");
        SuggestionOutput.WriteTable(context.Output, document);
    }
}
