using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Tests.Suggestions;

/// <summary>
/// The library version over a library too large to aggregate: Dataverse refuses an aggregate over 50,000 rows, so
/// at 100,000 practices the version is counted by pages instead (here with a fetch aggregatelimit of 2 standing in
/// for the platform's 50,000).
/// </summary>
public sealed class LibraryVersionTests : IDisposable
{
    private readonly SuggestionOrg org = new();

    public LibraryVersionTests()
    {
        for (var i = 0; i < 5; i++)
        {
            org.AddPractice(p => p.WithTitle($"Practice {i}").ForStages(SalesStage.Propose));
            org.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        org.AddPractice(p => p.WithTitle("Draft").WithStatus(PracticeStatus.Draft));
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void Read_OverTheAggregateLimit_PlatformRefusesTheAggregate()
    {
        var fault = LocalEngine.Fault(() => org.System.RetrieveMultiple(new FetchExpression(
            $"<fetch aggregate=\"true\" aggregatelimit=\"2\"><entity name=\"{BestPracticeSchema.Table}\"><attribute name=\"{BestPracticeSchema.Id}\" alias=\"n\" aggregate=\"count\" /></entity></fetch>")));

        Assert.Equal(LibraryVersion.AggregateLimitExceeded, fault.ErrorCode);
    }

    [Fact]
    public void Read_OverTheAggregateLimit_CountsByPagesTheSameVersion()
    {
        var aggregated = LibraryVersion.Read(org.System);

        var paged = LibraryVersion.Read(org.System, aggregateLimit: 2);

        Assert.Equal(5, paged.Count);
        Assert.Equal(aggregated, paged);
        Assert.Equal(DateTimeKind.Utc, paged.LatestChangeUtc!.Value.Kind);
    }

    [Fact]
    public void Read_OverTheAggregateLimitAfterADeletion_CountDrops()
    {
        var before = LibraryVersion.Read(org.System, aggregateLimit: 2);
        var one = org.System.RetrieveMultiple(new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(false), TopCount = 1, Criteria = { Conditions = { new ConditionExpression(BestPracticeSchema.StatusCode, ConditionOperator.Equal, BestPracticeSchema.StatusApproved) } } }).Entities[0];
        org.Library.Delete(BestPracticeSchema.Table, one.Id);

        var after = LibraryVersion.Read(org.System, aggregateLimit: 2);

        Assert.Equal(before.Count - 1, after.Count);
        Assert.NotEqual(before, after);
    }
}
