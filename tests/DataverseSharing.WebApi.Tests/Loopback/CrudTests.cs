using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Tests.Loopback;

public sealed class CrudTests : IAsyncLifetime
{
    private readonly ServedConnector served = new();

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    [Fact]
    public void Create_ThenRetrieve_RoundTripsTypedColumnsAndLookups()
    {
        var service = served.Service;
        var account = service.Create(new Entity("account") { ["name"] = "Contoso", ["revenue"] = new Money(1250.5m), ["numberofemployees"] = 12 });
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Lovelace", ["parentcustomerid"] = new EntityReference("account", account) });

        var read = service.Retrieve("contact", contact, new ColumnSet("lastname", "parentcustomerid"));
        var row = service.Retrieve("account", account, new ColumnSet(true));

        Assert.Equal(contact, read.Id);
        Assert.Equal("Lovelace", read["lastname"]);
        Assert.Equal(new EntityReference("account", account), read["parentcustomerid"]);
        Assert.Equal("Contoso", row["name"]);
        Assert.Equal(new Money(1250.5m), row["revenue"]);
        Assert.Equal(12, row["numberofemployees"]);
        Assert.Equal(new OptionSetValue(0), row["statecode"]);
        Assert.Equal("Contoso", served.Local.Retrieve("account", account, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Create_WithoutId_SendsAClientChosenIdInTheBody()
    {
        var id = served.Service.Create(new Entity("account") { ["name"] = "Client id" });

        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal("Client id", served.Local.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Update_ThenDelete_ChangeTheRowThenRemoveIt()
    {
        var id = served.Local.Create(new Entity("account") { ["name"] = "Before" });

        served.Service.Update(new Entity("account", id) { ["name"] = "After", ["numberofemployees"] = null });
        Assert.Equal("After", served.Local.Retrieve("account", id, new ColumnSet("name"))["name"]);
        served.Service.Delete("account", id);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => served.Local.Retrieve("account", id, new ColumnSet("name")));
        Assert.Equal(unchecked((int)0x80040217), fault.Detail.ErrorCode);
    }

    [Fact]
    public void Retrieve_MissingRow_FaultsWithTheEngineCodeAndMessage()
    {
        var id = Guid.NewGuid();
        var local = Assert.Throws<FaultException<OrganizationServiceFault>>(() => served.Local.Retrieve("account", id, new ColumnSet("name")));

        var remote = Assert.Throws<FaultException<OrganizationServiceFault>>(() => served.Service.Retrieve("account", id, new ColumnSet("name")));

        Assert.Equal(local.Detail.ErrorCode, remote.Detail.ErrorCode);
        Assert.Equal(local.Detail.Message, remote.Detail.Message);
    }

    [Fact]
    public void Update_MissingRow_FaultsInsteadOfCreatingIt()
    {
        var id = Guid.NewGuid();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => served.Service.Update(new Entity("account", id) { ["name"] = "Ghost" }));

        Assert.Equal(unchecked((int)0x80040217), fault.Detail.ErrorCode);
        Assert.Empty(served.Local.RetrieveMultiple(new QueryByAttribute("account") { Attributes = { "name" }, Values = { "Ghost" } }).Entities);
    }

    [Fact]
    public void Upsert_ById_CreatesThenUpdatesAndSaysWhich()
    {
        var id = Guid.NewGuid();

        var created = (UpsertResponse)served.Service.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "First" } });
        var updated = (UpsertResponse)served.Service.Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "Second" } });

        Assert.True(created.RecordCreated);
        Assert.False(updated.RecordCreated);
        Assert.Equal(new EntityReference("account", id), updated.Target);
        Assert.Equal("Second", served.Local.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Update_IfRowVersionMatches_StaleVersionFaultsWithTheConcurrencyCode()
    {
        var id = served.Local.Create(new Entity("account") { ["name"] = "v1" });
        var read = served.Service.Retrieve("account", id, new ColumnSet("name"));
        served.Local.Update(new Entity("account", id) { ["name"] = "v2" });

        var stale = new Entity("account", id) { ["name"] = "v3", RowVersion = read.RowVersion };
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => served.Service.Execute(new UpdateRequest { Target = stale, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.False(string.IsNullOrEmpty(read.RowVersion));
        Assert.Equal(unchecked((int)0x80060882), fault.Detail.ErrorCode);
        Assert.Equal("v2", served.Local.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }
}
