using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Records;

/// <summary>The database-wide row-version counter: writes raise it, reads leave it (and the database) alone.</summary>
public sealed class RowVersionCounterTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Reads_DoNotChangeTheCounter()
    {
        var id = engine.CreateAccount();
        var before = Counter();

        engine.Service.Retrieve("account", id, new ColumnSet("name"));
        engine.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });
        engine.Service.Execute(new WhoAmIRequest());
        engine.Service.Execute(new RetrieveVersionRequest());

        Assert.Equal(before, Counter());
    }

    [Fact]
    public void WriteAfterReads_GetsTheNextVersion()
    {
        var first = engine.CreateAccount("First");
        engine.Service.Retrieve("account", first, new ColumnSet("name"));
        engine.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        var second = engine.CreateAccount("Second");

        Assert.Equal(Version(first) + 1, Version(second));
        Assert.Equal(Version(second), Counter());
    }

    [Fact]
    public void Write_StampsOneVersionOnEveryRowOfTheRequest()
    {
        var response = (CreateMultipleResponse)engine.Service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection([new Entity("account") { ["name"] = "A" }, new Entity("account") { ["name"] = "B" }]) { EntityName = "account" },
        });

        Assert.Equal(Version(response.Ids[0]), Version(response.Ids[1]));
        Assert.Equal(Version(response.Ids[0]), Counter());
    }

    private long Version(Guid id) => engine.Service.Retrieve("account", id, new ColumnSet("versionnumber")).GetAttributeValue<long>("versionnumber");

    private long Counter() => long.Parse(
        Storage.SqliteProbe.Strings(engine.Database.Connection, $"SELECT \"value\" FROM {SchemaVersion.Table} WHERE \"key\" = 'rowversion'").Single(),
        System.Globalization.CultureInfo.InvariantCulture);
}
