using System.Diagnostics;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Tests.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class CreateMultipleHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_ValidTargets_CreatesEveryRowWithCreateStampsAndReturnsIdsInOrder()
    {
        var given = Guid.NewGuid();
        var response = Run(Account("A"), new Entity("account", given) { ["name"] = "B" }, Account("C", revenue: 10m));

        Assert.Equal(3, response.Ids.Length);
        Assert.Equal(given, response.Ids[1]);
        var rows = response.Ids.Select(id => engine.Service.Retrieve("account", id, new ColumnSet("name", "revenue", "createdon", "ownerid", "owninguser", "statecode", "statuscode"))).ToList();
        Assert.Equal(new[] { "A", "B", "C" }, rows.Select(r => r.GetAttributeValue<string>("name")));
        Assert.Equal(10m, rows[2].GetAttributeValue<Money>("revenue")!.Value);
        Assert.All(rows, r =>
        {
            Assert.Equal(LocalEngine.Start.UtcDateTime, r.GetAttributeValue<DateTime>("createdon"));
            Assert.Equal(engine.UserId, r.GetAttributeValue<EntityReference>("ownerid")!.Id);
            Assert.Equal(engine.UserId, r.GetAttributeValue<EntityReference>("owninguser")!.Id);
            Assert.Equal(0, r.GetAttributeValue<OptionSetValue>("statecode")!.Value);
            Assert.Equal(1, r.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        });
    }

    [Fact]
    public void Execute_TextBeyondAscii_ReadsBackUnchanged()
    {
        // Text is bound as UTF-16 on the raw statement; SQLite stores it as UTF-8 like every other write.
        const string name = "Zürich 東京 \U0001F600 ''quoted''";
        var response = Run(Account(name));

        Assert.Equal(name, engine.Service.Retrieve("account", response.Ids[0], new ColumnSet("name")).GetAttributeValue<string>("name"));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "ZÜRICH 東京 \U0001F600 ''QUOTED''".Replace("Ü", "ü", StringComparison.Ordinal));
        Assert.Single(engine.Service.RetrieveMultiple(query).Entities);
    }

    [Fact]
    public void Execute_RowsWithOwnState_KeepTheirState()
    {
        var response = Run(Account("Active"), new Entity("account") { ["name"] = "Inactive", ["statecode"] = new OptionSetValue(1) });

        Assert.Equal(2, engine.Service.Retrieve("account", response.Ids[1], new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(1, engine.Service.Retrieve("account", response.Ids[0], new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void Execute_OneInvalidRow_FaultsAndCreatesNothing()
    {
        var fault = LocalEngine.Fault(() => Run(Account("Fine"), Account(new string('x', 161))));

        Assert.Equal(ErrorCodes.StringLengthTooLong, fault.ErrorCode);
        Assert.Empty(Accounts());
    }

    [Fact]
    public void Execute_LookupToMissingRow_FaultsAndCreatesNothing()
    {
        var missing = Guid.NewGuid();

        var fault = LocalEngine.Fault(() => Run(Account("Fine"), new Entity("account") { ["name"] = "Child", ["parentaccountid"] = new EntityReference("account", missing) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Contains(missing.ToString(), fault.Message);
        Assert.Empty(Accounts());
    }

    [Fact]
    public void Execute_ExistingId_FaultsDuplicateAndCreatesNothing()
    {
        var existing = engine.CreateAccount("Existing");

        var fault = LocalEngine.Fault(() => Run(Account("New"), new Entity("account", existing) { ["name"] = "Again" }));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
        Assert.Contains(existing.ToString(), fault.Message);
        Assert.Single(Accounts());
    }

    [Fact]
    public void Execute_SameIdTwice_FaultsDuplicateAndCreatesNothing()
    {
        var id = Guid.NewGuid();

        var fault = LocalEngine.Fault(() => Run(new Entity("account", id) { ["name"] = "One" }, new Entity("account", id) { ["name"] = "Two" }));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
        Assert.Empty(Accounts());
    }

    [Fact]
    public void Execute_RowReferringToAnEarlierRowOfTheRequest_IsCreated()
    {
        var parent = Guid.NewGuid();

        var ids = Run(new Entity("account", parent) { ["name"] = "Parent" }, new Entity("account") { ["name"] = "Child", ["parentaccountid"] = new EntityReference("account", parent) }).Ids;

        Assert.Equal(parent, engine.Service.Retrieve("account", ids[1], new ColumnSet("parentaccountid")).GetAttributeValue<EntityReference>("parentaccountid")!.Id);
    }

    [Fact]
    public void Execute_RowsWithDifferentColumns_AreAllCreated()
    {
        var targets = Enumerable.Range(0, 70).Select(i => i % 3 == 0 ? Account($"A{i}", revenue: i) : Account($"A{i}")).ToArray();

        var ids = Run(targets).Ids;

        Assert.Equal(70, Accounts().Count);
        Assert.Equal(69m, engine.Service.Retrieve("account", ids[69], new ColumnSet("revenue")).GetAttributeValue<Money>("revenue")!.Value);
    }

    [Fact]
    public void Execute_UnknownColumn_FaultsLikeCreate()
    {
        var fault = LocalEngine.Fault(() => Run(new Entity("account") { ["name"] = "A", ["nosuchcolumn"] = 1 }));

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
    }

    [Fact]
    public void Execute_WithoutEntityName_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new CreateMultipleRequest { Targets = new EntityCollection([Account("A")]) }));

        Assert.Contains("EntityName", fault.Message);
    }

    [Fact]
    public void Execute_TargetOfAnotherTable_FaultsAndCreatesNothing()
    {
        var fault = LocalEngine.Fault(() => Run(Account("A"), new Entity("contact") { ["lastname"] = "Doe" }));

        Assert.Contains("index 1", fault.Message);
        Assert.Empty(Accounts());
    }

    [Fact]
    public void Execute_CreateStepsRegistered_RunsThemForEachItem()
    {
        using var pipeline = new PipelineEngine(typeof(RefuseAccountPlugin));
        RefuseAccountPlugin.Calls = 0;
        var request = new CreateMultipleRequest { Targets = new EntityCollection([Account("A"), Account("B")]) { EntityName = "account" } };

        var ids = ((CreateMultipleResponse)pipeline.Service.Execute(request)).Ids;

        Assert.Equal(2, RefuseAccountPlugin.Calls);
        Assert.Equal(2, ids.Distinct().Count());
        var refused = new CreateMultipleRequest { Targets = new EntityCollection([Account("C"), Account("Refused")]) { EntityName = "account" } };
        LocalEngine.Fault(() => pipeline.Service.Execute(refused));
        Assert.Equal(2, pipeline.Service.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }

    [Fact]
    public void Execute_1000Rows_CreatesThemQuickly()
    {
        var targets = Enumerable.Range(0, 1000).Select(i => new Entity("account") { ["name"] = $"Account {i}", ["accountnumber"] = $"N{i}", ["revenue"] = new Money(i) }).ToArray();
        Run(Account("Warm-up"));

        var watch = Stopwatch.StartNew();
        var ids = Run(targets).Ids;
        watch.Stop();

        Assert.Equal(1000, ids.Distinct().Count());
        Assert.Equal(1001, Accounts().Count);

        // 50,000 rows/s is 20 ms here; the bound leaves room for a loaded build machine and still catches a per-row query.
        Assert.True(watch.ElapsedMilliseconds < 1000, $"1,000 rows took {watch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void Execute_GenericRequest_ReturnsIds()
    {
        var response = engine.Service.Execute(new OrganizationRequest("CreateMultiple") { ["Targets"] = new EntityCollection([Account("G")]) { EntityName = "account" } });

        Assert.Single((Guid[])response["Ids"]!);
        Assert.Single(Accounts());
    }

    private static Entity Account(string name, decimal? revenue = null)
    {
        var account = new Entity("account") { ["name"] = name };
        if (revenue is { } value)
        {
            account["revenue"] = new Money(value);
        }

        return account;
    }

    private CreateMultipleResponse Run(params Entity[] targets) =>
        (CreateMultipleResponse)engine.Service.Execute(new CreateMultipleRequest { Targets = new EntityCollection(targets.ToList()) { EntityName = "account" } });

    private List<Entity> Accounts() => engine.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities.ToList();
}
