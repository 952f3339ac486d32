using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service;

public sealed class RetrieveUpdateDeleteTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Retrieve_ColumnSet_ReturnsOnlyThoseColumnsAndTheKey()
    {
        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555" });

        var row = engine.Service.Retrieve("account", id, new ColumnSet("name"));

        Assert.Equal(["accountid", "name"], row.Attributes.Keys.Order());
    }

    [Fact]
    public void Retrieve_NullColumns_AreLeftOut()
    {
        var id = engine.CreateAccount();

        var row = engine.Service.Retrieve("account", id, new ColumnSet("name", "telephone1"));

        Assert.False(row.Contains("telephone1"));
    }

    [Fact]
    public void Retrieve_MissingRow_FaultsAsObjectDoesNotExist()
    {
        var id = Guid.NewGuid();

        var fault = LocalEngine.Fault(() => engine.Service.Retrieve("account", id, new ColumnSet(true)));

        Assert.Equal(unchecked((int)0x80040217), fault.ErrorCode);
        Assert.Equal($"account With Id = {id:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Retrieve_UnknownColumn_Faults()
    {
        var id = engine.CreateAccount();

        var fault = LocalEngine.Fault(() => engine.Service.Retrieve("account", id, new ColumnSet("nope")));

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
    }

    [Fact]
    public void Retrieve_UnknownTable_Faults()
    {
        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, LocalEngine.Fault(() => engine.Service.Retrieve("nope", Guid.NewGuid(), new ColumnSet(true))).ErrorCode);
    }

    [Fact]
    public void Retrieve_MoneyAndBoolean_ComeBackAsSdkTypes()
    {
        var id = engine.Service.Create(new Entity("opportunity")
        {
            ["name"] = "Deal",
            ["estimatedvalue"] = new Money(125000.5m),
            ["dvs_ispracticesource"] = false,
        });

        var row = engine.Service.Retrieve("opportunity", id, new ColumnSet("estimatedvalue", "dvs_ispracticesource"));

        Assert.Equal(new Money(125000.5m), row["estimatedvalue"]);
        Assert.Equal(false, row["dvs_ispracticesource"]);
        Assert.Equal("No", row.FormattedValues["dvs_ispracticesource"]);
    }

    [Fact]
    public void Retrieve_Lookups_CarryTheTargetsPrimaryName()
    {
        var account = engine.CreateAccount("Contoso");
        var contact = engine.Service.Create(new Entity("contact") { ["firstname"] = "Li", ["lastname"] = "Ng" });
        var opportunity = engine.Service.Create(new Entity("opportunity")
        {
            ["name"] = "Deal",
            ["customerid"] = new EntityReference("contact", contact),
            ["parentaccountid"] = new EntityReference("account", account),
        });

        var row = engine.Service.Retrieve("opportunity", opportunity, new ColumnSet("customerid", "parentaccountid"));

        Assert.Equal("Contoso", row.GetAttributeValue<EntityReference>("parentaccountid")!.Name);
        Assert.Equal("Li Ng", row.GetAttributeValue<EntityReference>("customerid")!.Name);
    }

    [Fact]
    public void Update_LastName_RecomposesFullName()
    {
        var contact = engine.Service.Create(new Entity("contact") { ["firstname"] = "Li", ["lastname"] = "Ng" });

        engine.Service.Update(new Entity("contact", contact) { ["lastname"] = "Wong" });

        Assert.Equal("Li Wong", engine.Service.Retrieve("contact", contact, new ColumnSet("fullname"))["fullname"]);
    }

    [Fact]
    public void RetrieveMultiple_PolymorphicLookup_NamesTheRightTable()
    {
        var account = engine.CreateAccount("Contoso");
        engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["customerid"] = new EntityReference("account", account) });

        var row = engine.Service.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("customerid") }).Entities.Single();

        Assert.Equal("Contoso", row.GetAttributeValue<EntityReference>("customerid")!.Name);
    }

    [Fact]
    public void Update_ChangedColumns_AreWrittenAndOthersKept()
    {
        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555" });
        engine.Clock.Advance(TimeSpan.FromMinutes(5));

        engine.Service.Update(new Entity("account", id) { ["telephone1"] = "556" });

        var row = engine.Service.Retrieve("account", id, new ColumnSet(true));
        Assert.Equal("Contoso", row["name"]);
        Assert.Equal("556", row["telephone1"]);
        Assert.Equal(LocalEngine.Start.UtcDateTime, row["createdon"]);
        Assert.Equal(LocalEngine.Start.UtcDateTime.AddMinutes(5), row["modifiedon"]);
    }

    [Fact]
    public void Update_NullValue_ClearsTheColumn()
    {
        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555" });

        engine.Service.Update(new Entity("account", id) { ["telephone1"] = null });

        Assert.False(engine.Service.Retrieve("account", id, new ColumnSet("telephone1")).Contains("telephone1"));
    }

    [Fact]
    public void Update_RaisesTheRowVersion()
    {
        var id = engine.CreateAccount();
        var before = long.Parse(engine.Service.Retrieve("account", id, new ColumnSet("versionnumber")).RowVersion!, System.Globalization.CultureInfo.InvariantCulture);

        engine.Service.Update(new Entity("account", id) { ["name"] = "Renamed" });

        var after = long.Parse(engine.Service.Retrieve("account", id, new ColumnSet("versionnumber")).RowVersion!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after > before);
    }

    [Fact]
    public void Update_StatusReason_MovesTheState()
    {
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "A" });

        engine.Service.Update(new Entity("dvs_bestpractice", id) { ["statuscode"] = new OptionSetValue(617420001) });
        var approved = engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet("statecode", "statuscode"));
        engine.Service.Update(new Entity("dvs_bestpractice", id) { ["statecode"] = new OptionSetValue(1) });
        var retired = engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet("statecode", "statuscode"));

        Assert.Equal(("Active", "Approved"), (approved.FormattedValues["statecode"], approved.FormattedValues["statuscode"]));
        Assert.Equal(("Inactive", "Retired"), (retired.FormattedValues["statecode"], retired.FormattedValues["statuscode"]));
    }

    [Fact]
    public void Update_Owner_SetsOwningTeam()
    {
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        var team = engine.Service.Create(new Entity("team") { ["name"] = "EMEA", ["businessunitid"] = new EntityReference("businessunit", unit) });
        var id = engine.CreateAccount();

        engine.Service.Update(new Entity("account", id) { ["ownerid"] = new EntityReference("team", team) });

        var row = engine.Service.Retrieve("account", id, new ColumnSet("ownerid", "owningteam", "owninguser", "owningbusinessunit"));
        Assert.Equal(new EntityReference("team", team), row["ownerid"]);
        Assert.Equal(new EntityReference("team", team), row["owningteam"]);
        Assert.Equal(new EntityReference("businessunit", unit), row["owningbusinessunit"]);
        Assert.False(row.Contains("owninguser"));
    }

    [Fact]
    public void Update_MissingRow_FaultsAsObjectDoesNotExist()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Update(new Entity("account", Guid.NewGuid()) { ["name"] = "x" }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Update_WithoutId_Faults()
    {
        Assert.Equal(ErrorCodes.InvalidArgument, LocalEngine.Fault(() => engine.Service.Update(new Entity("account") { ["name"] = "x" })).ErrorCode);
    }

    [Fact]
    public void Update_InvalidValue_LeavesTheRowUnchanged()
    {
        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555" });

        LocalEngine.Fault(() => engine.Service.Update(new Entity("account", id) { ["telephone1"] = "556", ["name"] = new string('n', 500) }));

        Assert.Equal("555", engine.Service.Retrieve("account", id, new ColumnSet("telephone1"))["telephone1"]);
    }

    [Fact]
    public void Delete_ExistingRow_RemovesIt()
    {
        var id = engine.CreateAccount();

        engine.Service.Delete("account", id);

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, LocalEngine.Fault(() => engine.Service.Retrieve("account", id, new ColumnSet(true))).ErrorCode);
    }

    [Fact]
    public void Delete_MissingRow_FaultsAsObjectDoesNotExist()
    {
        var id = Guid.NewGuid();

        var fault = LocalEngine.Fault(() => engine.Service.Delete("opportunity", id));

        Assert.Equal($"opportunity With Id = {id:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Execute_GenericRequestByName_IsRoutedToItsHandler()
    {
        var request = new OrganizationRequest("Create") { ["Target"] = new Entity("account") { ["name"] = "Generic" } };

        var response = engine.Service.Execute(request);

        var id = (Guid)response["id"]!;
        Assert.Equal("Generic", engine.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Execute_UnsupportedMessage_FaultsNamingIt()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new OrganizationRequest("dvs_SuggestPractices")));

        Assert.Equal(ErrorCodes.UnexpectedError, fault.ErrorCode);
        Assert.Contains("'dvs_SuggestPractices'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_TwoEngines_DoNotShareRows()
    {
        using var other = new LocalEngine();
        engine.CreateAccount();

        Assert.Empty(other.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Execute_TypedRetrieveRequest_ReturnsTheEntity()
    {
        var id = engine.CreateAccount("Typed");

        var response = (RetrieveResponse)engine.Service.Execute(new RetrieveRequest { Target = new EntityReference("account", id), ColumnSet = new ColumnSet("name") });

        Assert.Equal("Typed", response.Entity["name"]);
    }
}
