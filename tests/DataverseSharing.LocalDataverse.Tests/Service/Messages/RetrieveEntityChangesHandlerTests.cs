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

    [Fact]
    public void GetChanges_Token_HasDataversesVersionAndIssuedForm()
    {
        engine.CreateAccount("A");

        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;

        Assert.Matches(@"^\d+!\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", token);
        Assert.EndsWith("!" + engine.Clock.GetUtcNow().UtcDateTime.ToString("MM/dd/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), token, StringComparison.Ordinal);
    }

    [Fact]
    public void GetChanges_TokenSevenDaysOld_StillReturnsTheChanges()
    {
        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;
        var created = engine.CreateAccount("Later");
        engine.Clock.Advance(TimeSpan.FromDays(7));

        var changes = ChangeTracking.GetChanges(engine.Service, "account", token);

        Assert.Equal([created], changes.NewOrUpdated.Select(e => e.Id));
    }

    [Fact]
    public void GetChanges_TokenOlderThanSevenDays_FaultsExpiredVersionStamp()
    {
        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;
        engine.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        var fault = LocalEngine.Fault(() => ChangeTracking.GetChanges(engine.Service, "account", token));

        Assert.Equal(unchecked((int)0x80044352), fault.ErrorCode);
        Assert.Contains("Please perform a full sync", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetChanges_NewTokenFromAPollWithoutChanges_IsIssuedNow()
    {
        var token = ChangeTracking.GetChanges(engine.Service, "account", null).DataToken;
        engine.Clock.Advance(TimeSpan.FromDays(5));
        var renewed = ChangeTracking.GetChanges(engine.Service, "account", token).DataToken;
        engine.Clock.Advance(TimeSpan.FromDays(5));

        Assert.Empty(ChangeTracking.GetChanges(engine.Service, "account", renewed).NewOrUpdated);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("12!yesterday")]
    [InlineData("x!08/22/2017 08:10:44")]
    public void GetChanges_MalformedToken_FaultsNamingIt(string token)
    {
        var fault = LocalEngine.Fault(() => ChangeTracking.GetChanges(engine.Service, "account", token));

        Assert.Contains($"'{token}' is not a data token", fault.Message, StringComparison.Ordinal);
    }
}
