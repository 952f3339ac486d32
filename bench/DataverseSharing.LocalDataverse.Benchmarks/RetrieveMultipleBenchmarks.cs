using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Suite 3: queries over the seeded 100,000-row data set (see <see cref="QueryDataSet"/>).
/// <list type="bullet">
/// <item>SuggestionsOfOneOpportunity: equality on the indexed lookup dvs_opportunityid, 50 rows back (target ≤ 1 ms);</item>
/// <item>OpportunitiesJoinedToAccount: opportunities inner-joined to their account, with statecode, estimatedvalue
/// and the account's industrycode conditions (target ≤ 5 ms).</item>
/// </list>
/// The queries cycle through 16 opportunities and industries so one cached page does not flatter the result.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkColumnsConfig))]
public class RetrieveMultipleBenchmarks
{
    private const int Variants = 16;

    private LocalOrganization organization = null!;
    private IOrganizationService service = null!;
    private QueryExpression[] suggestionQueries = [];
    private QueryExpression[] joinQueries = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        organization = BenchmarkOrganizations.QueryDataSetInMemory();
        service = organization.SystemService;
        suggestionQueries = Enumerable.Range(0, Variants).Select(i => SuggestionsOf(SeedIds.For(SeedIds.Opportunity, i * 97 % QueryDataSet.SuggestedOpportunities))).ToArray();
        joinQueries = Enumerable.Range(0, Variants).Select(i => BigOpenDealsIn(1 + (i % QueryDataSet.IndustryCount))).ToArray();
        foreach (var query in suggestionQueries)
        {
            Check(service.RetrieveMultiple(query).Entities.Count == QueryDataSet.SuggestionsPerOpportunity, "50 suggestions per opportunity");
        }

        foreach (var query in joinQueries)
        {
            Check(service.RetrieveMultiple(query).Entities.Count is > 0 and < 200, "a few dozen big open deals per industry");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => organization.Dispose();

    [Benchmark]
    public int SuggestionsOfOneOpportunity() => service.RetrieveMultiple(suggestionQueries[next++ % Variants]).Entities.Count;

    [Benchmark]
    public int OpportunitiesJoinedToAccount() => service.RetrieveMultiple(joinQueries[next++ % Variants]).Entities.Count;

    private static QueryExpression SuggestionsOf(Guid opportunityId)
    {
        var query = new QueryExpression("dvs_practicesuggestion")
        {
            ColumnSet = new ColumnSet("dvs_name", "dvs_bestpracticeid", "dvs_rank", "dvs_score"),
        };
        query.Criteria.AddCondition("dvs_opportunityid", ConditionOperator.Equal, opportunityId);
        return query;
    }

    // About 1 in 10 accounts is in the industry and about 1 in 200 deals is worth more than 995,000: ~50 rows.
    private static QueryExpression BigOpenDealsIn(int industry)
    {
        var query = new QueryExpression("opportunity")
        {
            ColumnSet = new ColumnSet("name", "estimatedvalue", "parentaccountid"),
        };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.Criteria.AddCondition("estimatedvalue", ConditionOperator.GreaterThan, 995_000m);
        var account = query.AddLink("account", "parentaccountid", "accountid", JoinOperator.Inner);
        account.EntityAlias = "a";
        account.Columns = new ColumnSet("name", "industrycode");
        account.LinkCriteria.AddCondition("industrycode", ConditionOperator.Equal, industry);
        return query;
    }

    private static void Check(bool condition, string expectation)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The seeded data set does not give {expectation}; delete {BenchmarkOrganizations.Folder} and run again.");
        }
    }
}
