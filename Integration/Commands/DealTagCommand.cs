using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// deal tag: a manager tags a closed deal as a practice source, with notes. It is one Update of the deal's
/// practice-source flag and note; the tag plug-in refuses it (exit 3) for an open deal or a caller without a
/// manager role, and makes the deal's one Draft practice.
/// </summary>
public static class DealTagCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var opportunity = OpportunityArgument.Required();
        var notes = new Option<string>("--notes") { Description = "What the team learned: the draft practice starts from these notes", Required = true };
        var command = new Command("tag", "Tag a won or lost deal as a practice source (Sales Manager); it starts a draft practice.\n" +
            "Example: dataverse-sharing deal tag \"Northwind Traders - Supply Chain Planning rollout\" --notes \"Won on the CFO's payback model\" --as \"Marcus Bell\"")
        {
            opportunity, notes,
        };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var deal = OpportunityFinder.Find(connection.Service, parse.GetValue(opportunity)!, new ColumnSet(OpportunitySchema.Name));
            connection.Service.Update(new Entity(OpportunitySchema.Table, deal.Id)
            {
                [OpportunitySchema.IsPracticeSource] = true,
                [OpportunitySchema.PracticeSourceNote] = parse.GetValue(notes)!.Trim(),
            });
            var name = deal.GetAttributeValue<string>(OpportunitySchema.Name);
            context.Output.WriteLine(DraftOf(connection.Service, deal.Id) is { } draft
                ? $"Tagged \"{name}\" as a practice source; its draft practice is {draft.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)} (\"{draft.GetAttributeValue<string>(BestPracticeSchema.Name)}\")."
                : $"Tagged \"{name}\" as a practice source.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Entity? DraftOf(IOrganizationService service, Guid deal)
    {
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PracticeKey, BestPracticeSchema.Name), TopCount = 1 };
        query.Criteria.AddCondition(BestPracticeSchema.SourceOpportunity, ConditionOperator.Equal, deal);
        query.AddOrder("createdon", OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
