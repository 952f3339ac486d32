using System.CommandLine;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// deal update: works a deal from the command line. Only the columns that change are sent, in one Update that
/// applies only to the version of the deal it was computed from (<see cref="DealUpdater"/>), so a concurrent
/// writer's changes are never lost. List options add to the deal's list (as a rep adds a competitor).
/// </summary>
public static class DealUpdateCommand
{
    /// <summary>The largest --decision-unit-size: a buying committee, not a head count.</summary>
    public const int MaxDecisionUnitSize = 1000;

    /// <summary>estimatedvalue's documented MaxValue (OpportunityFinderTests holds it to the metadata).</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    public static Command Build(CliContext context, Option<string?> org)
    {
        var opportunity = OpportunityArgument.Required();
        var stage = ChoiceOptions.Of<SalesStage>("--stage", "Sales stage: Qualify, Develop, Propose or Close (sets salesstage and stepname)", SalesStageParser.TryParse);
        var competitor = ListOption("--competitor", "Add a competitor (repeatable)");
        var buyerRole = ListOption("--buyer-role", "Add a buyer role met on the deal (repeatable)");
        var product = ListOption("--product", "Add a product family (repeatable)");
        var description = new Option<string?>("--description") { Description = "Replace the description (\"\" clears it)" };
        var painPoints = new Option<string?>("--pain-points") { Description = "Replace the customer's pain points (\"\" clears them)" };
        var value = NumericOptions.OptionalDecimal("--value", "Estimated value, in the base currency (0 to 1,000,000,000,000)", 0m, MaxValue);
        var unit = NumericOptions.OptionalInteger("--decision-unit-size", "People in the customer's decision-making unit (0 to 1,000)", 0, MaxDecisionUnitSize);
        var region = new Option<string?>("--region") { Description = "The deal's region (overrides the account's)" };
        var command = new Command("update", "Update a deal's fields; its suggestions follow (see suggest --watch).\n" +
            "Example: dataverse-sharing deal update \"Northwind Traders - Supply Chain Planning rollout\" --stage Close --competitor Oracle --value 450000")
        {
            opportunity, stage, competitor, buyerRole, product, description, painPoints, value, unit, region,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(context, () =>
        {
            var changes = new DealChanges
            {
                Stage = parse.GetValue(stage),
                Competitors = parse.GetValue(competitor) ?? Array.Empty<string>(),
                BuyerRoles = parse.GetValue(buyerRole) ?? Array.Empty<string>(),
                Products = parse.GetValue(product) ?? Array.Empty<string>(),
                Description = parse.GetValue(description),
                PainPoints = parse.GetValue(painPoints),
                Region = parse.GetValue(region),
                EstimatedValue = parse.GetValue(value),
                DecisionUnitSize = parse.GetValue(unit),
            };
            if (changes.IsEmpty)
            {
                throw CliException.Usage("Nothing to update: give at least one of --stage, --competitor, --buyer-role, --product, --description, --pain-points, --value, --decision-unit-size, --region.");
            }

            return CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
            {
                var found = OpportunityFinder.Find(connection.Service, parse.GetValue(opportunity)!, DealReader.OpportunityColumns);
                var result = new DealUpdater(connection.Service, context.UpdateRetry).Update(found, changes, cancellation);
                context.Output.WriteLine(Describe(result));
                return Task.FromResult(ExitCodes.Success);
            });
        }));
        return command;
    }

    private static string Describe(DealUpdateResult result)
    {
        var name = result.Row.GetAttributeValue<string>(Plugins.Schema.OpportunitySchema.Name);
        var already = result.Plan.AlreadySo.Count == 0 ? string.Empty : $" ({string.Join("; ", result.Plan.AlreadySo)})";
        return result.Plan.Update is null
            ? $"Nothing to change on \"{name}\": {string.Join("; ", result.Plan.AlreadySo)}."
            : $"Updated \"{name}\": {string.Join(", ", result.Plan.Changed)}{already}.";
    }

    // One value per option; a ';' would split into several list items where the user named one.
    private static Option<string[]> ListOption(string name, string description)
    {
        var option = new Option<string[]>(name) { Description = description, AllowMultipleArgumentsPerToken = false };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (string.IsNullOrWhiteSpace(token.Value))
                {
                    result.AddError($"{name} needs a value, not an empty text.");
                }
                else if (token.Value.Contains(';', StringComparison.Ordinal))
                {
                    result.AddError($"{name} {EchoedValue.Of(token.Value)} contains ';', which separates the stored list; give each value with its own {name}.");
                }
            }
        });
        return option;
    }
}
