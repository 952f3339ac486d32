using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Tests.Loopback;

public sealed class KeyAndConcurrencyTests : IAsyncLifetime
{
    private readonly ServedConnector served = new();

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    [Fact]
    public void Upsert_ByAlternateKey_CreatesOnceThenUpdatesTheSameRow()
    {
        Entity Practice(string name) => new(BestPracticeSchema.Table, BestPracticeSchema.PracticeKey, "discovery/o'brien")
        {
            [BestPracticeSchema.Name] = name,
            [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue),
        };

        var first = (UpsertResponse)served.Service.Execute(new UpsertRequest { Target = Practice("First") });
        var second = (UpsertResponse)served.Service.Execute(new UpsertRequest { Target = Practice("Second") });

        Assert.True(first.RecordCreated);
        Assert.False(second.RecordCreated);
        Assert.Equal(first.Target.Id, second.Target.Id);
        var row = served.Local.Retrieve(BestPracticeSchema.Table, first.Target.Id, new ColumnSet(BestPracticeSchema.Name, BestPracticeSchema.PracticeKey));
        Assert.Equal(("Second", "discovery/o'brien"), ((string)row[BestPracticeSchema.Name]!, (string)row[BestPracticeSchema.PracticeKey]!));
    }

    [Fact]
    public void Retrieve_ByAlternateKey_FindsTheRow()
    {
        var id = served.Local.Create(new Entity(BestPracticeSchema.Table) { [BestPracticeSchema.Name] = "Keyed", [BestPracticeSchema.PracticeKey] = "k-1", [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue) });

        var response = (RetrieveResponse)served.Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference(BestPracticeSchema.Table, BestPracticeSchema.PracticeKey, "k-1"),
            ColumnSet = new ColumnSet(BestPracticeSchema.Name),
        });

        Assert.Equal(id, response.Entity.Id);
    }

    [Fact]
    public async Task Create_EightThreadsOnOneServiceFromACold_CacheLoseNothing()
    {
        const int perThread = 25;
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var threads = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                var id = served.Service.Create(new Entity("account") { ["name"] = $"T{t}-{i}" });
                Assert.Equal($"T{t}-{i}", served.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
                ids.Add(id);
            }
        }));

        await Task.WhenAll(threads);

        Assert.Equal(8 * perThread, ids.Distinct().Count());
        Assert.Equal(8 * perThread, served.Local.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet(false) }).Entities.Count);
        Assert.Single(served.Requests.Sent, s => s.Contains("EntityDefinitions", StringComparison.Ordinal));
    }
}
