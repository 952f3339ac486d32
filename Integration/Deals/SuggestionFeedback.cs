using DataverseSharing.Integration.Cli;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Deals;

/// <summary>What a rep does with one suggestion of a deal.</summary>
public enum SuggestionAction
{
    Apply,
    Dismiss,
    Rate,
}

/// <summary>
/// A rep's feedback on one suggestion row, as the form's buttons write it: one Update of the row's status
/// (Applied, or Dismissed with its reason) or rating. The feedback step then recounts the practice's statistics;
/// the suggest step never touches the row again.
/// </summary>
public static class SuggestionFeedback
{
    private const string PracticeAlias = "feedbackpractice";

    /// <summary>Writes the feedback; returns the row as it was found (title, practice key).</summary>
    /// <exception cref="CliException">The practice is not suggested on the deal (exit 2).</exception>
    public static Entity Give(IOrganizationService service, Entity deal, string practiceKey, SuggestionAction action, string? reason, int? stars)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(deal);
        var row = Find(service, deal, practiceKey);
        var change = new Entity(PracticeSuggestionSchema.Table, row.Id);
        switch (action)
        {
            case SuggestionAction.Apply:
                change[PracticeSuggestionSchema.StateCode] = new OptionSetValue(PracticeSuggestionSchema.StateActive);
                change[PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusApplied);
                break;
            case SuggestionAction.Dismiss:
                change[PracticeSuggestionSchema.StateCode] = new OptionSetValue(PracticeSuggestionSchema.StateInactive);
                change[PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusDismissed);
                change[PracticeSuggestionSchema.DismissReason] = reason;
                break;
            default:
                change[PracticeSuggestionSchema.Rating] = stars;
                break;
        }

        service.Update(change);
        return row;
    }

    /// <summary>The practice key a found row carries.</summary>
    public static string? PracticeKeyOf(Entity row) =>
        row?.GetAttributeValue<AliasedValue>(PracticeAlias + "." + BestPracticeSchema.PracticeKey)?.Value as string;

    private static Entity Find(IOrganizationService service, Entity deal, string practiceKey)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(PracticeSuggestionSchema.Name, PracticeSuggestionSchema.StatusCode), TopCount = 2 };
        query.Criteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, deal.Id);
        var practice = query.AddLink(BestPracticeSchema.Table, PracticeSuggestionSchema.BestPractice, BestPracticeSchema.Id);
        practice.EntityAlias = PracticeAlias;
        practice.Columns = new ColumnSet(BestPracticeSchema.PracticeKey);
        practice.LinkCriteria.AddCondition(BestPracticeSchema.PracticeKey, ConditionOperator.Equal, practiceKey.Trim());
        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            var name = deal.GetAttributeValue<string>(OpportunitySchema.Name) ?? deal.Id.ToString("D");
            throw CliException.NotFound($"No suggestion of practice \"{practiceKey.Trim()}\" on \"{name}\"; `deal show` lists the deal's suggestions and their keys.");
        }

        return rows[0];
    }
}
