using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>The approved practices of an organization, indexed for ranking, with each practice's key.</summary>
public sealed class ApprovedLibrary
{
    /// <summary>Rows per page: Dataverse's maximum, so a library of L practices costs ceil(L / 5,000) reads.</summary>
    public const int PageSize = 5000;

    private readonly Dictionary<string, string?> keys;

    /// <summary>Indexes <paramref name="practices"/>; <paramref name="keys"/> maps practice ids to dvs_practicekey.</summary>
    public ApprovedLibrary(IEnumerable<Practice> practices, IDictionary<string, string?> keys)
    {
        Index = PracticeIndex.Build(practices ?? throw new ArgumentNullException(nameof(practices)));
        this.keys = new Dictionary<string, string?>(keys ?? throw new ArgumentNullException(nameof(keys)), StringComparer.Ordinal);
    }

    /// <summary>The ranking index.</summary>
    public PracticeIndex Index { get; }

    /// <summary>
    /// Reads every approved, active practice in pages of <see cref="PageSize"/>. A row the package cannot read (an
    /// unknown topic, say) is left out and traced, so one bad practice never takes everyone's suggestions away.
    /// </summary>
    public static ApprovedLibrary Load(IOrganizationService service, ITracingService tracing)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = new QueryExpression(BestPracticeSchema.Table)
        {
            ColumnSet = new ColumnSet(PracticeMapper.Columns.Concat(new[] { BestPracticeSchema.PracticeKey }).Distinct(StringComparer.Ordinal).ToArray()),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(BestPracticeSchema.StateCode, ConditionOperator.Equal, BestPracticeSchema.StateActive);
        query.Criteria.AddCondition(BestPracticeSchema.StatusCode, ConditionOperator.Equal, BestPracticeSchema.StatusApproved);
        query.AddOrder(BestPracticeSchema.Id, OrderType.Ascending);

        var practices = new List<Practice>();
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                try
                {
                    var practice = PracticeMapper.ToPractice(row);
                    practices.Add(practice);
                    keys[practice.Id] = row.GetAttributeValue<string>(BestPracticeSchema.PracticeKey);
                }
                catch (ArgumentException e)
                {
                    tracing?.Trace("practice left out of the ranking: {0}", e.Message);
                }
            }

            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        return new ApprovedLibrary(practices, keys);
    }

    /// <summary>The practice's dvs_practicekey, or null.</summary>
    public string? KeyOf(string practiceId) => keys.TryGetValue(practiceId, out var key) ? key : null;
}
