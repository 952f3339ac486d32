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
}
