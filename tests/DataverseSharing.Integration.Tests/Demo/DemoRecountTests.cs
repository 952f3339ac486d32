using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Demo;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Plugins.Feedback;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Tests.Demo;

/// <summary>
/// The demo's statistics are the ones its rows give: after <c>init --demo</c>, recounting every approved practice
/// from its suggestion rows (as the outcome and feedback steps do) changes nothing, the baseline included.
/// </summary>
[Collection(DemoOrgCollection.Name)]
public sealed class DemoRecountTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public DemoRecountTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Recount_EveryApprovedPracticeAfterInitDemo_LeavesTheStatisticsAsTheDemoShowsThem()
    {
        using var organization = LocalOrganization.Open(org, new EmbeddedConnectionFactory(TextWriter.Null, _ => null).Options(TextWriter.Null));
        var system = organization.SystemService;
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(PracticeMapper.Columns) };
        query.Criteria.AddCondition(BestPracticeSchema.StatusCode, ConditionOperator.Equal, BestPracticeSchema.StatusApproved);
        var before = system.RetrieveMultiple(query).Entities.ToDictionary(r => r.Id, r => PracticeMapper.ToPractice(r).Effectiveness);

        var results = before.Keys.Select(id => (id, PracticeStatistics.Recount(system, NoTracing.Instance, id))).ToList();

        var after = system.RetrieveMultiple(query).Entities.ToDictionary(r => r.Id, r => PracticeMapper.ToPractice(r).Effectiveness);
        Assert.All(results, r => Assert.Equal(RecountResult.Unchanged, r.Item2));
        Assert.All(before, p => Assert.Equal(p.Value, after[p.Key]));

        // The demo shows a comparable baseline; its Suggested rows on closed deals are what a recount keeps it from.
        Assert.True(before.Values.Count(s => s.BaselineWon + s.BaselineLost > 0) > 5, "few practices have a baseline");
        Assert.True(before.Values.Count(s => s.AppliedWon + s.AppliedLost > 0) > 5, "few practices have applied outcomes");
    }

    [Fact]
    public void Generate_ClosedDeals_KeepTheirSuggestedRowsUpToTheSuggestionCount()
    {
        var demo = DemoOrgGenerator.Generate(new DemoOptions());
        var closed = demo.Deals.Where(d => d.State != OpportunitySchema.StateOpen).Select(d => d.Id).ToHashSet();

        var rowsPerClosedDeal = demo.Suggestions.Where(s => closed.Contains(s.DealId)).GroupBy(s => s.DealId).ToList();

        Assert.Contains(demo.Suggestions, s => closed.Contains(s.DealId) && s.StatusCode == PracticeSuggestionSchema.StatusSuggested);
        Assert.All(rowsPerClosedDeal, g => Assert.InRange(g.Count(), 1, 5));
        Assert.All(rowsPerClosedDeal, g => Assert.Equal(g.Count(), g.Select(s => s.PracticeId).Distinct().Count()));
    }

    private sealed class NoTracing : ITracingService
    {
        public static readonly NoTracing Instance = new();

        public void Trace(string format, params object?[] args)
        {
        }
    }
}
