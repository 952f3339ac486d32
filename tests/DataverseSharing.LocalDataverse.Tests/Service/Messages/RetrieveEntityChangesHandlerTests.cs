using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class RetrieveEntityChangesHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void GetChanges_NoToken_ReturnsEveryRowOldestFirst()
    {
        var first = engine.CreateAccount("First");
        var second = engine.CreateAccount("Second");
        engine.Service.Create(new Entity("contact") { ["lastname"] = "Not an account" });

        var changes = ChangeTracking.GetChanges(engine.Service, "account", null);

        Assert.Equal(new[] { first, second }, changes.NewOrUpdated.Select(e => e.Id));
        Assert.Equal("First", changes.NewOrUpdated[0].GetAttributeValue<string>("name"));
        Assert.False(string.IsNullOrEmpty(changes.DataToken));
    }

    [Fact]
    public void GetChanges_WithToken_ReturnsOnlyRowsCreatedOrUpdatedSince()
    {
        var old = engine.CreateAccount("Old");
        var untouched = engine.CreateAccount("Untouched");
        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;
        var created = engine.CreateAccount("New");
        engine.Service.Update(new Entity("account", old) { ["name"] = "Old changed" });

        var changes = ChangeTracking.GetChanges(engine.Service, "account", token, "name");

        Assert.Equal(new[] { created, old }, changes.NewOrUpdated.Select(e => e.Id));
        Assert.DoesNotContain(untouched, changes.NewOrUpdated.Select(e => e.Id));
        Assert.Equal("Old changed", changes.NewOrUpdated[1].GetAttributeValue<string>("name"));
        Assert.False(changes.NewOrUpdated[1].Contains("createdon"));
    }

    [Fact]
    public void GetChanges_NothingChanged_ReturnsNoRowsAndTheSameToken()
    {
        engine.CreateAccount();
        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;

        var changes = ChangeTracking.GetChanges(engine.Service, "account", token);

        Assert.Empty(changes.NewOrUpdated);
        Assert.Equal(token, changes.DataToken);
    }

    [Fact]
    public void GetChanges_TokenNotFromTheEngine_Faults()
    {
        var fault = LocalEngine.Fault(() => ChangeTracking.GetChanges(engine.Service, "account", "yesterday"));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("yesterday", fault.Message);
    }

    [Fact]
    public void Execute_GenericRequest_ReturnsChangesAndToken()
    {
        var account = engine.CreateAccount();

        var response = engine.Service.Execute(new OrganizationRequest("RetrieveEntityChanges") { ["EntityName"] = "account" });

        Assert.Equal(account, Assert.Single(((EntityCollection)response["NewOrUpdated"]!).Entities).Id);
        Assert.IsType<string>(response["DataToken"]);
    }

    [Fact]
    public void Execute_UnknownTable_Faults()
    {
        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, LocalEngine.Fault(() => ChangeTracking.GetChanges(engine.Service, "nosuchtable", null)).ErrorCode);
    }

    [Fact]
    public void GetChanges_RowDeletedSinceToken_ReportedAsRemovedOnlyForItsTable()
    {
        var kept = engine.CreateAccount("Kept");
        var doomed = engine.CreateAccount("Doomed");
        var contact = engine.Service.Create(new Entity("contact") { ["lastname"] = "Other table" });
        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;

        engine.Service.Delete("account", doomed);
        engine.Service.Delete("contact", contact);
        var changes = ChangeTracking.GetChanges(engine.Service, "account", token);
        var after = ChangeTracking.GetChanges(engine.Service, "account", changes.DataToken);

        var removed = Assert.Single(changes.RemovedOrDeleted);
        Assert.Equal(new EntityReference("account", doomed), removed);
        Assert.Empty(changes.NewOrUpdated);
        Assert.NotEqual(token, changes.DataToken);
        Assert.Empty(after.RemovedOrDeleted);
        Assert.Empty(after.NewOrUpdated);
        Assert.NotEqual(Guid.Empty, kept);
    }

    [Fact]
    public void GetChanges_DeleteRolledBack_NoTombstone()
    {
        var account = engine.CreateAccount("Stays");
        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;

        LocalEngine.Fault(() => engine.Service.Execute(new Microsoft.Xrm.Sdk.Messages.ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new Microsoft.Xrm.Sdk.Messages.DeleteRequest { Target = new EntityReference("account", account) },
                new Microsoft.Xrm.Sdk.Messages.DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) },
            },
        }));

        Assert.Empty(ChangeTracking.GetChanges(engine.Service, "account", token).RemovedOrDeleted);
    }
}
