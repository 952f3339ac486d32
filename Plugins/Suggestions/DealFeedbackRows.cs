using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Domain.Learning;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// In one query, the suggestion rows a ranking of a deal needs: the deal's own rows (to keep, change or remove),
/// rows applied on any deal of the same account ("already used with this customer"), and rows dismissed by the
/// deal's owner or by others of the owner's business unit (the rep's team). The state of each row's deal says how
/// a practice used with the account ended: the account's memory is derived from these rows, never stored apart.
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
        if (deal is null)
        {
            throw new ArgumentNullException(nameof(deal));
        }

        return Read(service, deal.Opportunity.Id, deal.Account?.Id, deal.OwnerId, deal.BusinessUnitId);
    }

    /// <summary>Reads the rows for the opportunity <paramref name="opportunityId"/> of <paramref name="accountId"/>, owned by <paramref name="ownerId"/> in <paramref name="businessUnitId"/>.</summary>
    public static DealFeedbackRows Read(IOrganizationService service, Guid opportunityId, Guid? accountId, Guid? ownerId, Guid? businessUnitId)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(Columns) };
        var link = query.AddLink(OpportunitySchema.Table, PracticeSuggestionSchema.Opportunity, OpportunitySchema.Id, JoinOperator.LeftOuter);
        link.EntityAlias = DealAlias;
        link.Columns = new ColumnSet(OpportunitySchema.ParentAccount, OpportunitySchema.Customer, OpportunitySchema.StateCode);

        var any = new FilterExpression(LogicalOperator.Or);
        any.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, opportunityId);
        if (accountId is { } account)
        {
            // The account's deals name it as their parent account or as their customer, as DealRecord reads a deal's account.
            var applied = any.AddFilter(LogicalOperator.And);
            applied.AddCondition(PracticeSuggestionSchema.StatusCode, ConditionOperator.Equal, PracticeSuggestionSchema.StatusApplied);
            var ofAccount = applied.AddFilter(LogicalOperator.Or);
            ofAccount.AddCondition(DealAlias, OpportunitySchema.ParentAccount, ConditionOperator.Equal, account);
            ofAccount.AddCondition(DealAlias, OpportunitySchema.Customer, ConditionOperator.Equal, account);
        }

        var dismissedBy = new List<ConditionExpression>();
        if (ownerId is { } owner)
        {
            dismissedBy.Add(new ConditionExpression(PracticeSuggestionSchema.OwningUser, ConditionOperator.Equal, owner));
        }

        if (businessUnitId is { } unit)
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

        var own = rows.Where(r => r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.Opportunity)?.Id == opportunityId).ToList();
        var usedRows = rows.Where(r => Status(r) == PracticeSuggestionSchema.StatusApplied && accountId is { } a && OfAccount(r, a)).ToList();
        var used = usedRows.Select(PracticeId).Distinct(StringComparer.Ordinal).ToList();
        var outcomes = used.ToDictionary(id => id, id => Outcome(usedRows.Where(r => PracticeId(r) == id)), StringComparer.Ordinal);
        var dismissedRows = rows.Where(r => Status(r) == PracticeSuggestionSchema.StatusDismissed).ToList();
        var byRep = dismissedRows.Where(r => ownerId is { } o && r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.OwningUser)?.Id == o)
            .Select(PracticeId).Distinct(StringComparer.Ordinal).ToList();
        var byTeam = dismissedRows.Where(r => businessUnitId is { } u && r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.OwningBusinessUnit)?.Id == u)
            .Select(PracticeId).Distinct(StringComparer.Ordinal).Except(byRep, StringComparer.Ordinal).ToList();
        var won = used.Where(id => outcomes[id] == AccountOutcome.Won).ToList();
        var lost = used.Where(id => outcomes[id] == AccountOutcome.Lost).ToList();
        return new DealFeedbackRows(own, new DealFeedback(used, byRep, byTeam, won, lost));
    }

    private static bool OfAccount(Entity row, Guid account) =>
        (Aliased(row, OpportunitySchema.ParentAccount) as EntityReference)?.Id == account
        || (Aliased(row, OpportunitySchema.Customer) as EntityReference)?.Id == account;

    // The account's memory of one practice: its applied rows on the account's deals, by how each deal ended.
    private static AccountOutcome Outcome(IEnumerable<Entity> appliedRows)
    {
        int won = 0, lost = 0;
        foreach (var row in appliedRows.GroupBy(r => r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.Opportunity)?.Id).Select(g => g.First()))
        {
            var state = (Aliased(row, OpportunitySchema.StateCode) as OptionSetValue)?.Value;
            won += state == OpportunitySchema.StateWon ? 1 : 0;
            lost += state == OpportunitySchema.StateLost ? 1 : 0;
        }

        return AccountMemory.Outcome(won, lost);
    }

    private static object? Aliased(Entity row, string column) =>
        row.GetAttributeValue<AliasedValue>(DealAlias + "." + column)?.Value;

    /// <summary>The row's status reason; Suggested when empty.</summary>
    public static int Status(Entity row) =>
        row?.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)?.Value ?? PracticeSuggestionSchema.StatusSuggested;

    /// <summary>The suggested practice's id ("D" format), or an empty string.</summary>
    public static string PracticeId(Entity row) =>
        row?.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)?.Id.ToString("D") ?? string.Empty;
}
