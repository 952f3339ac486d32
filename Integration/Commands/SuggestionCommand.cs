using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Commands;

/// <summary>suggestion apply|dismiss|rate: a rep's feedback on one suggestion of a deal (<see cref="SuggestionFeedback"/>).</summary>
public static class SuggestionCommand
{
    public static Command Build(CliContext context, Option<string?> org) =>
        new("suggestion", "Apply, dismiss or rate one of a deal's suggestions.\n" +
            "Example: dataverse-sharing suggestion apply \"Northwind Traders - Supply Chain Planning rollout\" cfo-payback-model")
        {
            Verb(context, org, SuggestionAction.Apply, "apply", "Mark the suggestion as applied on the deal; the practice is remembered on the account."),
            Verb(context, org, SuggestionAction.Dismiss, "dismiss", "Dismiss the suggestion, with the reason (--reason); it sinks for you and your team."),
            Verb(context, org, SuggestionAction.Rate, "rate", "Rate the suggestion 1 to 5 stars (--stars)."),
        };

    private static Command Verb(CliContext context, Option<string?> org, SuggestionAction action, string name, string description)
    {
        var opportunity = OpportunityArgument.Required();
        var key = new Argument<string>("practice-key") { Description = "The suggested practice's key (as `deal show` lists it)" };
        var command = new Command(name, description) { opportunity, key };
        Option<string>? reason = null;
        Option<int?>? stars = null;
        if (action == SuggestionAction.Dismiss)
        {
            reason = new Option<string>("--reason") { Description = "Why it does not fit this deal (500 characters at most)", Required = true };
            reason.Validators.Add(r =>
            {
                var text = r.GetValueOrDefault<string>();
                if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 500)
                {
                    r.AddError("--reason needs a text of 1 to 500 characters.");
                }
            });
            command.Add(reason);
        }

        if (action == SuggestionAction.Rate)
        {
            stars = NumericOptions.OptionalInteger("--stars", "Stars, 1 to 5", 1, 5);
            stars.Required = true;
            command.Add(stars);
        }

        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var deal = OpportunityFinder.Find(connection.Service, parse.GetValue(opportunity)!, new ColumnSet(OpportunitySchema.Name));
            var row = SuggestionFeedback.Give(connection.Service, deal, parse.GetValue(key)!, action,
                reason is null ? null : parse.GetValue(reason)!.Trim(), stars is null ? null : parse.GetValue(stars));
            var what = action switch
            {
                SuggestionAction.Apply => "Applied",
                SuggestionAction.Dismiss => "Dismissed",
                _ => $"Rated {parse.GetValue(stars!)} of 5:",
            };
            context.Output.WriteLine($"{what} {SuggestionFeedback.PracticeKeyOf(row)} (\"{row.GetAttributeValue<string>(PracticeSuggestionSchema.Name)}\") on \"{deal.GetAttributeValue<string>(OpportunitySchema.Name)}\".");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
