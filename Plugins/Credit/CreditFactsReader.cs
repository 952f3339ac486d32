using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Credit;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Credit;

/// <summary>
/// Reads the facts a user's credit is made of, through a SYSTEM service (credit counts every practice and deal, not
/// only those the user may read): three paged queries, whatever the size of the library.
/// </summary>
public static class CreditFactsReader
{
    private const int PageSize = 5000;
    private const string DealAlias = "deal";

    /// <summary>The user's credit, computed from the rows as they are now.</summary>
    public static ContributorCredit Read(IOrganizationService system, Guid userId)
    {
        if (system is null)
        {
            throw new ArgumentNullException(nameof(system));
        }

        return ContributorCredit.From(userId.ToString("D"), Contributed(system, userId), DealsTagged(system, userId), Applied(system, userId));
    }

    /// <summary>The ids of the users credited on a practice (its contributor links).</summary>
    public static IReadOnlyList<Guid> ContributorsOf(IOrganizationService system, Guid practiceId)
    {
        if (system is null)
        {
            throw new ArgumentNullException(nameof(system));
        }

        var query = new QueryExpression(BestPracticeSchema.ContributorRelationship) { ColumnSet = new ColumnSet("systemuserid") };
        query.Criteria.AddCondition(BestPracticeSchema.Id, ConditionOperator.Equal, practiceId);
        var users = new List<Guid>();
        foreach (var row in Pages(system, query))
        {
            if (UserIdOf(row) is { } user)
            {
                users.Add(user);
            }
        }

        return users;
    }

    private static IEnumerable<ContributedVersion> Contributed(IOrganizationService system, Guid userId)
    {
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PreviousVersion) };
        query.AddLink(BestPracticeSchema.ContributorRelationship, BestPracticeSchema.Id, BestPracticeSchema.Id)
            .LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        foreach (var row in Pages(system, query))
        {
            yield return new ContributedVersion(row.Id.ToString("D"), row.GetAttributeValue<EntityReference>(BestPracticeSchema.PreviousVersion)?.Id.ToString("D"));
        }
    }

    private static int DealsTagged(IOrganizationService system, Guid userId)
    {
        var query = new QueryExpression(OpportunitySchema.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(OpportunitySchema.TaggedBy, ConditionOperator.Equal, userId);
        query.Criteria.AddCondition(OpportunitySchema.IsPracticeSource, ConditionOperator.Equal, true);
        var count = 0;
        foreach (var unused in Pages(system, query))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<AppliedUse> Applied(IOrganizationService system, Guid userId)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(PracticeSuggestionSchema.StatusCode, ConditionOperator.Equal, PracticeSuggestionSchema.StatusApplied);
        query.AddLink(BestPracticeSchema.ContributorRelationship, PracticeSuggestionSchema.BestPractice, BestPracticeSchema.Id)
            .LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        var deal = query.AddLink(OpportunitySchema.Table, PracticeSuggestionSchema.Opportunity, OpportunitySchema.Id);
        deal.EntityAlias = DealAlias;
        deal.Columns = new ColumnSet(OpportunitySchema.Owner, OpportunitySchema.StateCode);
        foreach (var row in Pages(system, query))
        {
            var owner = Aliased<EntityReference>(row, OpportunitySchema.Owner)?.Id.ToString("D") ?? string.Empty;
            bool? won = Aliased<OptionSetValue>(row, OpportunitySchema.StateCode)?.Value switch
            {
                OpportunitySchema.StateWon => true,
                OpportunitySchema.StateLost => false,
                _ => null,
            };
            yield return new AppliedUse(owner, won);
        }
    }

    /// <summary>The systemuserid of a contributor link row (a uniqueidentifier column; a reference on some stores).</summary>
    public static Guid? UserIdOf(Entity link) =>
        link is null ? null
        : link.Attributes.Contains("systemuserid") ? link["systemuserid"] switch
        {
            Guid id => id,
            EntityReference reference => reference.Id,
            _ => null,
        }
        : null;

    private static T? Aliased<T>(Entity row, string column)
        where T : class =>
        row.GetAttributeValue<AliasedValue>(DealAlias + "." + column)?.Value as T;

    // Plain paging (page number + cookie), the way Dataverse returns more than 5,000 rows to a plug-in.
    private static IEnumerable<Entity> Pages(IOrganizationService system, QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        while (true)
        {
            var page = system.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
