using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service;

/// <summary>Rows addressed by alternate key, and Upsert, which sync uses across environments.</summary>
public sealed class AlternateKeyTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Upsert_NewKey_CreatesTheRowWithTheKeyValue()
    {
        var response = (UpsertResponse)engine.Service.Execute(new UpsertRequest
        {
            Target = new Entity("dvs_bestpractice", "dvs_practicekey", "negotiation-1") { ["dvs_name"] = "Trade, never give" },
        });

        Assert.True(response.RecordCreated);
        var row = engine.Service.Retrieve("dvs_bestpractice", response.Target.Id, new ColumnSet("dvs_practicekey", "dvs_name"));
        Assert.Equal("negotiation-1", row["dvs_practicekey"]);
        Assert.Equal("Trade, never give", row["dvs_name"]);
    }

    [Fact]
    public void Upsert_ExistingKey_UpdatesThatRow()
    {
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Old", ["dvs_practicekey"] = "negotiation-1" });

        var response = (UpsertResponse)engine.Service.Execute(new UpsertRequest
        {
            Target = new Entity("dvs_bestpractice", "dvs_practicekey", "negotiation-1") { ["dvs_name"] = "New" },
        });

        Assert.False(response.RecordCreated);
        Assert.Equal(id, response.Target.Id);
        Assert.Equal("New", engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet("dvs_name"))["dvs_name"]);
        Assert.Single(engine.Service.RetrieveMultiple(new QueryExpression("dvs_bestpractice")).Entities);
    }

    [Fact]
    public void Upsert_ById_CreatesThenUpdates()
    {
        var id = Guid.NewGuid();

        var first = (UpsertResponse)engine.Service.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "A" } });
        var second = (UpsertResponse)engine.Service.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "B" } });

        Assert.Equal((true, false), (first.RecordCreated, second.RecordCreated));
        Assert.Equal("B", engine.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Upsert_CompositeKey_MatchesBothColumns()
    {
        var opportunity = engine.CreateOpportunity();
        var practice = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "P" });
        var key = new KeyAttributeCollection
        {
            { "dvs_opportunityid", new EntityReference("opportunity", opportunity) },
            { "dvs_bestpracticeid", new EntityReference("dvs_bestpractice", practice) },
        };

        var created = (UpsertResponse)engine.Service.Execute(new UpsertRequest { Target = new Entity("dvs_practicesuggestion", key) { ["dvs_name"] = "S", ["dvs_rank"] = 2 } });
        var updated = (UpsertResponse)engine.Service.Execute(new UpsertRequest { Target = new Entity("dvs_practicesuggestion", key) { ["dvs_rank"] = 1 } });

        Assert.True(created.RecordCreated);
        Assert.False(updated.RecordCreated);
        Assert.Equal(created.Target.Id, updated.Target.Id);
        Assert.Equal(1, engine.Service.Retrieve("dvs_practicesuggestion", created.Target.Id, new ColumnSet("dvs_rank"))["dvs_rank"]);
    }

    [Fact]
    public void Upsert_KeyThatIsNotAKey_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new UpsertRequest { Target = new Entity("dvs_bestpractice", "dvs_name", "x") }));

        Assert.Equal(unchecked((int)0x80060890), fault.ErrorCode);
    }

    [Fact]
    public void Retrieve_ByAlternateKey_FindsTheRow()
    {
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Keyed", ["dvs_practicekey"] = "k-1" });

        var response = (RetrieveResponse)engine.Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("dvs_bestpractice", "dvs_practicekey", "k-1"),
            ColumnSet = new ColumnSet("dvs_name"),
        });

        Assert.Equal(id, response.Entity.Id);
    }

    [Fact]
    public void Retrieve_ByUnknownKeyValue_FaultsAsObjectDoesNotExist()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("dvs_bestpractice", "dvs_practicekey", "missing"),
            ColumnSet = new ColumnSet(true),
        }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Update_ByAlternateKey_WritesTheRow()
    {
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Old", ["dvs_practicekey"] = "k-1" });

        engine.Service.Update(new Entity("dvs_bestpractice", "dvs_practicekey", "k-1") { ["dvs_name"] = "New" });

        Assert.Equal("New", engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet("dvs_name"))["dvs_name"]);
    }

    [Fact]
    public void Delete_ByAlternateKey_RemovesTheRow()
    {
        engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Doomed", ["dvs_practicekey"] = "k-1" });

        engine.Service.Execute(new DeleteRequest { Target = new EntityReference("dvs_bestpractice", "dvs_practicekey", "k-1") });

        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("dvs_bestpractice")).Entities);
    }
}
