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
        Load(service, PracticeStatus.Approved, null, ordered: false);

    /// <summary>Practices filtered by status and topic (null = any); ordered by key for people and files.</summary>
    /// <param name="ordered">
    /// False for the ranking, which needs no order: sorting by a text column makes the store sort whole rows
    /// (bodies included) before the first page, which dominated loading a large library.
    /// </param>
    public static IReadOnlyList<LibraryPractice> Load(IOrganizationService service, PracticeStatus? status, PracticeTopic? topic, bool ordered = true)
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

        if (ordered)
        {
            query.AddOrder(BestPracticeSchema.PracticeKey, OrderType.Ascending);
        }
        // Each page is mapped on the thread pool while the next one is fetched: with a large library the two
        // take about as long as each other, so overlapping them hides one. Call this from a thread outside the
        // pool: blocking a pool thread on these tasks starved the pool and added seconds on a two-core machine.
        var mapped = new List<Task<LibraryPractice[]>>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            var rows = page.Entities.ToArray();
            mapped.Add(Task.Run(() => Array.ConvertAll(rows, row => new LibraryPractice(PracticeMapper.ToPractice(row), row.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)))));
            if (!page.MoreRecords)
            {
                return mapped.SelectMany(t => t.GetAwaiter().GetResult()).ToList();
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
