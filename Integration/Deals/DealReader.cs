using System.ServiceModel;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Suggestions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// Reads a deal the way the suggestions panel sees it. Feedback comes from dvs_practicesuggestion rows
/// (<see cref="DealFeedbackRows"/>): practices applied on any deal of the same account are "already used", won or
/// lost as those deals ended; dismissals by the deal's owner sink hard; dismissals by others of the owner's business
/// unit (the rep's team) sink less.
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

        // The same query the suggest step and the custom API read feedback with, so the console ranks as they do.
        var unit = opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.OwningBusinessUnit)?.Id;
        var feedback = DealFeedbackRows.Read(service, opportunity.Id, accountRef?.Id, owner, unit).Feedback;
        return new DealSnapshot(opportunity, account, own, DealContextMapper.ToDealContext(opportunity, account, feedback))
        {
            PracticesUsed = UsedWithAccount(service, feedback),
        };
    }

    private static IReadOnlyList<AccountPracticeUse> UsedWithAccount(IOrganizationService service, DealFeedback feedback)
    {
        if (feedback.PracticesUsed.Count == 0)
        {
            return Array.Empty<AccountPracticeUse>();
        }

        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PracticeKey) };
        query.Criteria.AddCondition(BestPracticeSchema.Id, ConditionOperator.In, feedback.PracticesUsed.Select(id => (object)Guid.Parse(id)).ToArray());
        var keys = service.RetrieveMultiple(query).Entities.ToDictionary(e => e.Id.ToString("D"), e => e.GetAttributeValue<string>(BestPracticeSchema.PracticeKey), StringComparer.Ordinal);
        return feedback.PracticesUsed
            .Select(id => new AccountPracticeUse(id, keys.GetValueOrDefault(id), feedback.OutcomeOf(id)))
            .OrderBy(u => u.PracticeKey ?? u.PracticeId, StringComparer.Ordinal)
            .ToList();
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
