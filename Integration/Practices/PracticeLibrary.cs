using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Practices;

/// <summary>Reads dvs_bestpractice rows, page by page (5,000 a page, Dataverse's maximum).</summary>
public static class PracticeLibrary
{
    private const int PageSize = 5000;

    /// <summary>The approved practices, as the ranking needs them.</summary>
    public static IReadOnlyList<LibraryPractice> LoadApproved(IOrganizationService service) =>
        Load(service, PracticeStatus.Approved, null);

    /// <summary>Practices filtered by status and topic (null = any), ordered by key then title.</summary>
    public static IReadOnlyList<LibraryPractice> Load(IOrganizationService service, PracticeStatus? status, PracticeTopic? topic)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression(BestPracticeSchema.Table)
        {
            ColumnSet = new ColumnSet(PracticeMapper.Columns),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        if (status is { } s)
        {
            query.Criteria.AddCondition(BestPracticeSchema.StatusCode, ConditionOperator.Equal, PracticeMapper.StatusCodeOf(s));
        }

        if (topic is { } t)
        {
            query.Criteria.AddCondition(BestPracticeSchema.Topic, ConditionOperator.Equal, BestPracticeSchema.FirstTopicValue + (int)t);
        }

        query.AddOrder(BestPracticeSchema.PracticeKey, OrderType.Ascending);
        var practices = new List<LibraryPractice>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            practices.AddRange(page.Entities.Select(row => new LibraryPractice(PracticeMapper.ToPractice(row), row.GetAttributeValue<string>(BestPracticeSchema.PracticeKey))));
            if (!page.MoreRecords)
            {
                return practices;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
