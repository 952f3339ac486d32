using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// In one query, the suggestion rows a ranking of a deal needs: the deal's own rows (to keep, change or remove),
/// rows applied on any deal of the same account ("already used with this customer"), and rows dismissed by the
/// deal's owner or by others of the owner's business unit (the rep's team).
/// </summary>
public sealed class DealFeedbackRows
{
    private const string DealAlias = "suggesteddeal";

    /// <summary>The columns read of each suggestion row.</summary>
    public static readonly string[] Columns =
    {
        PracticeSuggestionSchema.Opportunity, PracticeSuggestionSchema.BestPractice, PracticeSuggestionSchema.Name,
        PracticeSuggestionSchema.Rank, PracticeSuggestionSchema.Score, PracticeSuggestionSchema.Reasons, PracticeSuggestionSchema.EngineVersion,
        PracticeSuggestionSchema.StatusCode, PracticeSuggestionSchema.StateCode, PracticeSuggestionSchema.Rating,
        PracticeSuggestionSchema.OwningUser, PracticeSuggestionSchema.OwningBusinessUnit, "versionnumber",
    };

    private DealFeedbackRows(IReadOnlyList<Entity> own, DealFeedback feedback)
    {
        Own = own;
        Feedback = feedback;
    }

    /// <summary>The deal's own suggestion rows.</summary>
    public IReadOnlyList<Entity> Own { get; }

    /// <summary>What the ranking should know of practices already applied or dismissed.</summary>
    public DealFeedback Feedback { get; }

    /// <summary>Reads the rows for <paramref name="deal"/>.</summary>
    public static DealFeedbackRows Read(IOrganizationService service, DealRecord deal)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        if (deal is null)
        {
            throw new ArgumentNullException(nameof(deal));
        }

        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(Columns) };
        var link = query.AddLink(OpportunitySchema.Table, PracticeSuggestionSchema.Opportunity, OpportunitySchema.Id, JoinOperator.LeftOuter);
        link.EntityAlias = DealAlias;
        link.Columns = new ColumnSet(OpportunitySchema.ParentAccount);

        var any = new FilterExpression(LogicalOperator.Or);
        any.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, deal.Opportunity.Id);
        if (deal.Account is { } account)
        {
            var applied = any.AddFilter(LogicalOperator.And);
            applied.AddCondition(PracticeSuggestionSchema.StatusCode, ConditionOperator.Equal, PracticeSuggestionSchema.StatusApplied);
            applied.AddCondition(DealAlias, OpportunitySchema.ParentAccount, ConditionOperator.Equal, account.Id);
        }

        var dismissedBy = new List<ConditionExpression>();
        if (deal.OwnerId is { } owner)
        {
            dismissedBy.Add(new ConditionExpression(PracticeSuggestionSchema.OwningUser, ConditionOperator.Equal, owner));
        }

        if (deal.BusinessUnitId is { } unit)
        {
            dismissedBy.Add(new ConditionExpression(PracticeSuggestionSchema.OwningBusinessUnit, ConditionOperator.Equal, unit));
        }

        if (dismissedBy.Count > 0)
        {
            var dismissed = any.AddFilter(LogicalOperator.And);
            dismissed.AddCondition(PracticeSuggestionSchema.StatusCode, ConditionOperator.Equal, PracticeSuggestionSchema.StatusDismissed);
            var who = dismissed.AddFilter(LogicalOperator.Or);
            foreach (var condition in dismissedBy)
            {
                who.AddCondition(condition);
            }
        }

        query.Criteria.AddFilter(any);
        var rows = service.RetrieveMultiple(query).Entities;

        var own = rows.Where(r => r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.Opportunity)?.Id == deal.Opportunity.Id).ToList();
        var used = rows.Where(r => Status(r) == PracticeSuggestionSchema.StatusApplied && deal.Account is not null
                && (r.GetAttributeValue<AliasedValue>(DealAlias + "." + OpportunitySchema.ParentAccount)?.Value as EntityReference)?.Id == deal.Account.Id)
            .Select(PracticeId).Distinct(StringComparer.Ordinal).ToList();
        var dismissedRows = rows.Where(r => Status(r) == PracticeSuggestionSchema.StatusDismissed).ToList();
        var byRep = dismissedRows.Where(r => deal.OwnerId is { } o && r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.OwningUser)?.Id == o)
            .Select(PracticeId).Distinct(StringComparer.Ordinal).ToList();
        var byTeam = dismissedRows.Where(r => deal.BusinessUnitId is { } u && r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.OwningBusinessUnit)?.Id == u)
            .Select(PracticeId).Distinct(StringComparer.Ordinal).Except(byRep, StringComparer.Ordinal).ToList();
        return new DealFeedbackRows(own, new DealFeedback(used, byRep, byTeam));
    }

    /// <summary>The row's status reason; Suggested when empty.</summary>
    public static int Status(Entity row) =>
        row?.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)?.Value ?? PracticeSuggestionSchema.StatusSuggested;

    /// <summary>The suggested practice's id ("D" format), or an empty string.</summary>
    public static string PracticeId(Entity row) =>
        row?.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)?.Id.ToString("D") ?? string.Empty;
}
