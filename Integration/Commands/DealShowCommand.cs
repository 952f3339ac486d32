using System.CommandLine;
using System.Globalization;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Commands;

/// <summary>deal show: the deal's fields, its account and its suggestion rows with their feedback.</summary>
public static class DealShowCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var opportunity = OpportunityArgument.Required();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a deal: its fields, its account, and its suggestions with the rep's feedback.\n" +
            "Example: dataverse-sharing deal show \"Northwind Traders - Supply Chain Planning rollout\" --json")
        {
            opportunity, json,
        };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var deal = DealReader.Read(connection.Service, parse.GetValue(opportunity)!);
            var view = DealView.From(deal);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(view.ToString(Formatting.Indented));
            }
            else
            {
                Write(context.Output, view);
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void Write(TextWriter output, JObject view)
    {
        output.WriteLine($"{view["name"]} ({view["opportunityId"]})");
        foreach (var (label, key) in DealView.Labels)
        {
            if (view[key] is { Type: not JTokenType.Null } value && value.ToString().Length > 0)
            {
                output.WriteLine($"  {label,-18} {Text(value)}");
            }
        }

        if (view["account"] is JObject account)
        {
            output.WriteLine($"  {"Account",-18} {account["name"]} ({account["industry"]}, {account["region"]})");
            foreach (var used in (JArray)account["practicesUsed"]!)
            {
                output.WriteLine($"  {"Used with account",-18} {used["practiceKey"] ?? used["practiceId"]}: {used["outcome"]}");
            }
        }

        var suggestions = (JArray)view["suggestions"]!;
        output.WriteLine(suggestions.Count == 0 ? "  No suggestion rows yet." : "  Suggestion rows:");
        foreach (var row in suggestions)
        {
            var reason = row["dismissReason"] is { Type: JTokenType.String } r ? $" - \"{r}\"" : string.Empty;
            var rating = row["rating"] is { Type: JTokenType.Integer } stars ? $" ({stars}/5)" : string.Empty;
            output.WriteLine($"    #{row["rank"]} [{row["status"]}] {row["practiceKey"]} {row["title"]}{rating}{reason}");
        }
    }

    private static string Text(JToken value) => value switch
    {
        JArray array => string.Join("; ", array.Select(v => v.ToString())),
        JValue { Value: decimal d } => d.ToString("N0", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
