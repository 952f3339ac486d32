using System.CommandLine;
using System.Globalization;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// deal update: works a deal from the command line. Only the columns given are sent, in one Update, so a
/// concurrent writer's other changes are kept. List options add to the deal's list (as a rep adds a competitor).
/// </summary>
public static class DealUpdateCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var opportunity = new Argument<string>("opportunity") { Description = "The opportunity's name (case-insensitive, or a unique part of it) or id" };
        var stage = new Option<string?>("--stage") { Description = "Sales stage: Qualify, Develop, Propose or Close (sets salesstage and stepname)" };
        stage.AcceptOnlyFromAmong("Qualify", "Develop", "Propose", "Close", "qualify", "develop", "propose", "close");
        var competitor = new Option<string[]>("--competitor") { Description = "Add a competitor (repeatable)", AllowMultipleArgumentsPerToken = false };
        var buyerRole = new Option<string[]>("--buyer-role") { Description = "Add a buyer role met on the deal (repeatable)" };
        var product = new Option<string[]>("--product") { Description = "Add a product family (repeatable)" };
        var description = new Option<string?>("--description") { Description = "Replace the description" };
        var painPoints = new Option<string?>("--pain-points") { Description = "Replace the customer's pain points" };
        var value = new Option<decimal?>("--value") { Description = "Estimated value, in the base currency" };
        value.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<decimal?>() is < 0m)
            {
                r.AddError("--value cannot be negative.");
            }
        });
        var unit = new Option<int?>("--decision-unit-size") { Description = "People in the customer's decision-making unit (0 to 1,000)" };
        unit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0 or > 1000)
            {
                r.AddError("--decision-unit-size must be between 0 and 1,000.");
            }
        });
        var region = new Option<string?>("--region") { Description = "The deal's region (overrides the account's)" };
        var command = new Command("update", "Update a deal's fields; its suggestions follow (see suggest --watch).\n" +
            "Example: dataverse-sharing deal update \"Northwind Traders - Supply Chain Planning rollout\" --stage Close --competitor Oracle --value 450000")
        {
            opportunity, stage, competitor, buyerRole, product, description, painPoints, value, unit, region,
        };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var row = OpportunityFinder.Find(connection.Service, parse.GetValue(opportunity)!, DealReader.OpportunityColumns);
            var update = new Entity(OpportunitySchema.Table, row.Id);
            var changes = new List<string>();
            if (parse.GetValue(stage) is { } s)
            {
                var newStage = SalesStageParser.Parse(s);
                update[OpportunitySchema.SalesStage] = new OptionSetValue((int)newStage);
                update[OpportunitySchema.StepName] = SalesStages.StepName(newStage);
                changes.Add($"stage {row.GetAttributeValue<string>(OpportunitySchema.StepName) ?? "(none)"} -> {SalesStages.StepName(newStage)}");
            }

            AddToList(row, update, OpportunitySchema.Competitors, parse.GetValue(competitor), "competitors", changes);
            AddToList(row, update, OpportunitySchema.BuyerRoles, parse.GetValue(buyerRole), "buyer roles", changes);
            AddToList(row, update, OpportunitySchema.ProductFamilies, parse.GetValue(product), "products", changes);
            SetText(update, OpportunitySchema.Description, parse.GetValue(description), "description", changes);
            SetText(update, OpportunitySchema.CustomerPainPoints, parse.GetValue(painPoints), "pain points", changes);
            SetText(update, OpportunitySchema.Region, parse.GetValue(region), "region", changes);
            if (parse.GetValue(value) is { } amount)
            {
                update[OpportunitySchema.EstimatedValue] = new Money(amount);
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"estimated value {amount:N0}"));
            }

            if (parse.GetValue(unit) is { } size)
            {
                update[OpportunitySchema.DecisionUnitSize] = size;
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"decision unit {size}"));
            }

            if (changes.Count == 0)
            {
                throw CliException.Usage("Nothing to update: give at least one of --stage, --competitor, --buyer-role, --product, --description, --pain-points, --value, --decision-unit-size, --region.");
            }

            connection.Service.Update(update);
            context.Output.WriteLine($"Updated \"{row.GetAttributeValue<string>(OpportunitySchema.Name)}\": {string.Join(", ", changes)}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void AddToList(Entity row, Entity update, string column, string[]? added, string label, List<string> changes)
    {
        if (added is null || added.Length == 0)
        {
            return;
        }

        var current = ValueList.Split(row.GetAttributeValue<string>(column));
        update[column] = ValueList.Join(current.Concat(added));
        changes.Add($"{label} + {string.Join(", ", added)}");
    }

    private static void SetText(Entity update, string column, string? text, string label, List<string> changes)
    {
        if (text is null)
        {
            return;
        }

        update[column] = text.Length == 0 ? null : text;
        changes.Add(label + (text.Length == 0 ? " cleared" : " replaced"));
    }
}
