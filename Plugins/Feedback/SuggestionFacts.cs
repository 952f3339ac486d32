using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Feedback;

/// <summary>
/// Reads every suggestion row of one practice with what the statistics need of its deal (state, value, competitors)
/// and of the deal's account (industry, by label), one page of 5,000 rows a request, and maps them to the Domain's
/// <see cref="SuggestionFact"/>s. A row whose deal is gone (or unreadable) is no fact at all.
/// </summary>
public static class SuggestionFacts
{
    private const string DealAlias = "factdeal";
    private const string ParentAlias = "factparent";
    private const string CustomerAlias = "factcustomer";
    private const int PageSize = 5_000;

    /// <summary>Reads the facts of <paramref name="practiceId"/>.</summary>
    public static IReadOnlyList<SuggestionFact> Read(IOrganizationService service, Guid practiceId)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = Query(practiceId);
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        var facts = new List<SuggestionFact>();
        while (true)
        {
            var rows = service.RetrieveMultiple(query);
            foreach (var row in rows.Entities)
            {
                if (ToFact(row) is { } fact)
                {
                    facts.Add(fact);
                }
            }

            if (!rows.MoreRecords)
            {
                return facts;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = rows.PagingCookie;
        }
    }

    /// <summary>One row's fact; null when the row has no deal.</summary>
    public static SuggestionFact? ToFact(Entity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var deal = row.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.Opportunity);
        if (deal is null || Aliased(row, DealAlias, OpportunitySchema.Id) is null)
        {
            return null;
        }

        var state = (Aliased(row, DealAlias, OpportunitySchema.StateCode) as OptionSetValue)?.Value ?? OpportunitySchema.StateOpen;
        var value = (Aliased(row, DealAlias, OpportunitySchema.EstimatedValue) as Money)?.Value;
        var rating = row.GetAttributeValue<int?>(PracticeSuggestionSchema.Rating);
        return new SuggestionFact
        {
            OpportunityId = deal.Id.ToString("D"),
            Status = StatusOf(row.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)?.Value),

            // The column allows 1 to 5; anything else was not written through the platform and says nothing.
            Rating = rating is >= 1 and <= 5 ? rating : null,
            Won = state == OpportunitySchema.StateWon ? true : state == OpportunitySchema.StateLost ? false : null,
            Industry = Formatted(row, ParentAlias, AccountSchema.IndustryCode) ?? Formatted(row, CustomerAlias, AccountSchema.IndustryCode),
            SizeBand = value is { } v && v >= 0 ? DealSizeBands.FromEstimatedValue(v) : null,
            Competitors = ValueList.Split(Aliased(row, DealAlias, OpportunitySchema.Competitors) as string),
        };
    }

    /// <summary>The feedback a suggestion row's status reason stands for; an unknown reason is no feedback.</summary>
    public static FeedbackStatus StatusOf(int? statusCode) => statusCode switch
    {
        PracticeSuggestionSchema.StatusApplied => FeedbackStatus.Applied,
        PracticeSuggestionSchema.StatusDismissed => FeedbackStatus.Dismissed,
        _ => FeedbackStatus.Suggested,
    };

    private static QueryExpression Query(Guid practiceId)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table)
        {
            ColumnSet = new ColumnSet(PracticeSuggestionSchema.Opportunity, PracticeSuggestionSchema.StatusCode, PracticeSuggestionSchema.Rating),
        };
        query.Criteria.AddCondition(PracticeSuggestionSchema.BestPractice, ConditionOperator.Equal, practiceId);
        query.AddOrder(PracticeSuggestionSchema.Id, OrderType.Ascending);
        var deal = query.AddLink(OpportunitySchema.Table, PracticeSuggestionSchema.Opportunity, OpportunitySchema.Id, JoinOperator.LeftOuter);
        deal.EntityAlias = DealAlias;
        deal.Columns = new ColumnSet(OpportunitySchema.Id, OpportunitySchema.StateCode, OpportunitySchema.EstimatedValue, OpportunitySchema.Competitors);
        AddAccount(deal, OpportunitySchema.ParentAccount, ParentAlias);
        AddAccount(deal, OpportunitySchema.Customer, CustomerAlias);
        return query;
    }

    private static void AddAccount(LinkEntity deal, string column, string alias)
    {
        var account = deal.AddLink(AccountSchema.Table, column, AccountSchema.Id, JoinOperator.LeftOuter);
        account.EntityAlias = alias;
        account.Columns = new ColumnSet(AccountSchema.IndustryCode);
    }

    private static object? Aliased(Entity row, string alias, string column) =>
        row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value;

    private static string? Formatted(Entity row, string alias, string column)
    {
        var key = alias + "." + column;
        return row.FormattedValues.Contains(key) && !string.IsNullOrWhiteSpace(row.FormattedValues[key]) ? row.FormattedValues[key] : null;
    }
}
