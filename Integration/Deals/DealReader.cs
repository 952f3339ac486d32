using System.ServiceModel;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// Reads a deal the way the suggestions panel sees it. Feedback comes from dvs_practicesuggestion rows:
/// practices applied on any deal of the same account are "already used"; dismissals by the deal's owner sink
/// hard; dismissals by other users of the owner's business unit (the rep's team) sink less.
/// </summary>
public static class DealReader
{
    /// <summary>The opportunity columns commands read: what the ranking needs plus what <c>deal show</c> prints.</summary>
    public static readonly ColumnSet OpportunityColumns = new(DealContextMapper.OpportunityColumns
        .Concat(new[] { OpportunitySchema.StatusCode, "versionnumber", "modifiedon", "owningbusinessunit", "closeprobability", OpportunitySchema.EstimatedCloseDate, OpportunitySchema.ActualValue, OpportunitySchema.ActualCloseDate })
        .Distinct(StringComparer.Ordinal).ToArray());

    private static readonly ColumnSet SuggestionColumns = new(
        PracticeSuggestionSchema.Name, PracticeSuggestionSchema.Opportunity, PracticeSuggestionSchema.BestPractice, PracticeSuggestionSchema.Rank,
        PracticeSuggestionSchema.Score, PracticeSuggestionSchema.StatusCode, PracticeSuggestionSchema.DismissReason, PracticeSuggestionSchema.Rating,
        PracticeSuggestionSchema.Owner,
        PracticeSuggestionSchema.Reasons);

    /// <summary>The alias under which a suggestion row carries its practice's key (<see cref="PracticeKeyOf"/>).</summary>
    private const string PracticeAlias = "suggestedpractice";

    public static DealSnapshot Read(IOrganizationService service, string opportunity) =>
        Read(service, OpportunityFinder.Find(service, opportunity, OpportunityColumns));

    public static DealSnapshot Read(IOrganizationService service, Entity opportunity)
    {
        var accountRef = opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.ParentAccount)
            ?? (opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.Customer) is { LogicalName: AccountSchema.Table } customer ? customer : null);
        var account = accountRef is null ? null : TryRetrieve(service, accountRef);
        var owner = opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.Owner)?.Id;
        var own = Suggestions(service, PracticeSuggestionSchema.Opportunity, new object[] { opportunity.Id });
        var feedback = Feedback(service, opportunity, accountRef, owner);
        return new DealSnapshot(opportunity, account, own, DealContextMapper.ToDealContext(opportunity, account, feedback));
    }

    private static DealFeedback Feedback(IOrganizationService service, Entity opportunity, EntityReference? account, Guid? owner)
    {
        var used = new List<string>();
        if (account is not null)
        {
            var deals = new QueryExpression(OpportunitySchema.Table) { ColumnSet = new ColumnSet(false) };
            deals.Criteria.AddCondition(OpportunitySchema.ParentAccount, ConditionOperator.Equal, account.Id);
            var dealIds = service.RetrieveMultiple(deals).Entities.Select(e => (object)e.Id).ToArray();
            used = Suggestions(service, PracticeSuggestionSchema.Opportunity, dealIds, PracticeSuggestionSchema.StatusApplied)
                .Select(PracticeId).Distinct().ToList();
        }

        var byRep = owner is { } o
            ? Suggestions(service, "owninguser", new object[] { o }, PracticeSuggestionSchema.StatusDismissed).Select(PracticeId).Distinct().ToList()
            : new List<string>();
        var team = new List<string>();
        if (opportunity.GetAttributeValue<EntityReference>("owningbusinessunit") is { } unit)
        {
            var users = new QueryExpression("systemuser") { ColumnSet = new ColumnSet(false) };
            users.Criteria.AddCondition("businessunitid", ConditionOperator.Equal, unit.Id);
            var others = service.RetrieveMultiple(users).Entities.Where(u => u.Id != owner).Select(u => (object)u.Id).ToArray();
            team = Suggestions(service, "owninguser", others, PracticeSuggestionSchema.StatusDismissed)
                .Select(PracticeId).Distinct().Except(byRep).ToList();
        }

        return new DealFeedback(used, byRep, team);
    }

    private static IReadOnlyList<Entity> Suggestions(IOrganizationService service, string column, object[] values, int? status = null)
    {
        if (values.Length == 0)
        {
            return Array.Empty<Entity>();
        }

        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = SuggestionColumns };
        query.Criteria.AddCondition(column, ConditionOperator.In, values);
        if (status is { } s)
        {
            query.Criteria.AddCondition(PracticeSuggestionSchema.StatusCode, ConditionOperator.Equal, s);
        }

        query.AddOrder(PracticeSuggestionSchema.Rank, OrderType.Ascending);
        var practice = query.AddLink(BestPracticeSchema.Table, PracticeSuggestionSchema.BestPractice, BestPracticeSchema.Id, JoinOperator.LeftOuter);
        practice.EntityAlias = PracticeAlias;
        practice.Columns = new ColumnSet(BestPracticeSchema.PracticeKey);
        return service.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The dvs_practicekey of a suggestion row's practice, as read with the row; null when it has none (or it is gone).</summary>
    public static string? PracticeKeyOf(Entity suggestion) =>
        suggestion?.GetAttributeValue<AliasedValue>(PracticeAlias + "." + BestPracticeSchema.PracticeKey)?.Value as string;

    private static string PracticeId(Entity suggestion) =>
        suggestion.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)?.Id.ToString("D") ?? string.Empty;

    private static Entity? TryRetrieve(IOrganizationService service, EntityReference reference)
    {
        try
        {
            return service.Retrieve(reference.LogicalName, reference.Id, new ColumnSet(DealContextMapper.AccountColumns));
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            // An account the user cannot read (or that was deleted) leaves the deal without account facts, as on the form.
            return null;
        }
    }
}
