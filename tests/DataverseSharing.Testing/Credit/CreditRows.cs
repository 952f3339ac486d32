using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Testing.Credit;

/// <summary>Reads and makes the rows contribution credit is computed from and kept in.</summary>
public static class CreditRows
{
    /// <summary>The user's credit row, or null when the credit step has not written one.</summary>
    public static Entity? Of(IOrganizationService service, Guid user)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression(ContributorCreditSchema.Table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(ContributorCreditSchema.User, ConditionOperator.Equal, user);
        return service.RetrieveMultiple(query).Entities.SingleOrDefault();
    }

    /// <summary>The user's four counts (practices, tagged, applied, wins); zeros when there is no row.</summary>
    public static (int Practices, int Tagged, int Applied, int Wins) Counts(IOrganizationService service, Guid user)
    {
        var row = Of(service, user);
        return row is null
            ? (0, 0, 0, 0)
            : (Count(row, ContributorCreditSchema.PracticesContributed), Count(row, ContributorCreditSchema.DealsTagged),
                Count(row, ContributorCreditSchema.TimesApplied), Count(row, ContributorCreditSchema.AppliedWins));
    }

    /// <summary>Links the users as contributors of the practice.</summary>
    public static void Credit(IOrganizationService service, Guid practice, params Guid[] users)
    {
        ArgumentNullException.ThrowIfNull(service);
        service.Associate(BestPracticeSchema.Table, practice, new Relationship(BestPracticeSchema.ContributorRelationship),
            new EntityReferenceCollection(users.Select(u => new EntityReference("systemuser", u)).ToList()));
    }

    /// <summary>A suggestion row of the practice on the deal, in <paramref name="statusCode"/> (Suggested by default).</summary>
    public static Guid Suggest(IOrganizationService service, Guid deal, Guid practice, int statusCode = PracticeSuggestionSchema.StatusSuggested)
    {
        ArgumentNullException.ThrowIfNull(service);
        var row = new Entity(PracticeSuggestionSchema.Table)
        {
            [PracticeSuggestionSchema.Name] = "suggested",
            [PracticeSuggestionSchema.Opportunity] = new EntityReference(OpportunitySchema.Table, deal),
            [PracticeSuggestionSchema.BestPractice] = new EntityReference(BestPracticeSchema.Table, practice),
            [PracticeSuggestionSchema.Rank] = 1,
        };
        var id = service.Create(row);
        if (statusCode != PracticeSuggestionSchema.StatusSuggested)
        {
            SetStatus(service, id, statusCode);
        }

        return id;
    }

    /// <summary>Sets the suggestion's status reason (Applied = what `suggestion apply` does).</summary>
    public static void SetStatus(IOrganizationService service, Guid suggestion, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(service);
        service.Update(new Entity(PracticeSuggestionSchema.Table, suggestion)
        {
            [PracticeSuggestionSchema.StatusCode] = new OptionSetValue(statusCode),
            [PracticeSuggestionSchema.StateCode] = new OptionSetValue(statusCode == PracticeSuggestionSchema.StatusDismissed ? PracticeSuggestionSchema.StateInactive : PracticeSuggestionSchema.StateActive),
        });
    }

    private static int Count(Entity row, string column) => row.GetAttributeValue<int?>(column) ?? 0;
}
