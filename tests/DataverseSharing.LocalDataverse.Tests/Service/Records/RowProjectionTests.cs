using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Records;

/// <summary>Every retrieved row carries its RowVersion, as Dataverse returns it, whatever the column set says.</summary>
public sealed class RowProjectionTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Retrieve_ColumnsWithoutVersionNumber_RowVersionIsTheRowsVersion()
    {
        var id = engine.CreateAccount("A");

        var row = engine.Service.Retrieve("account", id, new ColumnSet("name"));

        Assert.Equal(Version(id), row.RowVersion);
        Assert.False(row.Contains("versionnumber"));
    }

    [Fact]
    public void RetrieveMultiple_QueryExpressionWithoutVersionNumber_EveryRowHasItsRowVersion()
    {
        var ids = new[] { engine.CreateAccount("A"), engine.CreateAccount("B") };

        var rows = engine.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities;

        Assert.Equal(ids.Select(Version).Order(), rows.Select(r => r.RowVersion).Order());
        Assert.All(rows, r => Assert.False(r.Contains("versionnumber")));
    }

    [Fact]
    public void RetrieveMultiple_FetchXmlWithLink_RowVersionSetAndNoVersionAttributeAdded()
    {
        var account = engine.CreateAccount("A");
        var opportunity = engine.CreateOpportunity("Deal", account);
        var fetch = "<fetch><entity name='opportunity'><attribute name='name' /><link-entity name='account' from='accountid' to='customerid' alias='a'><attribute name='name' /></link-entity></entity></fetch>";

        var row = engine.Service.RetrieveMultiple(new FetchExpression(fetch)).Entities.Single();

        Assert.Equal(Version(opportunity, "opportunity"), row.RowVersion);
        Assert.Equal(["a.name", "name", "opportunityid"], row.Attributes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_IfRowVersionMatches_RowRetrievedWithoutVersionNumber_Writes()
    {
        // Microsoft's optimistic-concurrency sample: retrieve some columns, change them, update if unchanged since.
        var id = engine.CreateAccount("A");
        var read = engine.Service.Retrieve("account", id, new ColumnSet("name"));
        var change = new Entity("account", id) { ["name"] = "B", RowVersion = read.RowVersion };

        engine.Service.Execute(new UpdateRequest { Target = change, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

        Assert.Equal("B", engine.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    private string Version(Guid id) => Version(id, "account");

    private string Version(Guid id, string table) =>
        engine.Service.Retrieve(table, id, new ColumnSet("versionnumber")).GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture);
}
