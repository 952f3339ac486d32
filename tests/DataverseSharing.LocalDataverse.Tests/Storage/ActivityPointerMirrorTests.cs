using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>
/// Every activity has its activitypointer row, as in Dataverse: same activityid, the common columns, and
/// activitytypecode naming its table; it follows every write of the activity in the same transaction.
/// </summary>
public sealed class ActivityPointerMirrorTests : IDisposable
{
    private const int MissingPrivilege = unchecked((int)0x80040220);
    private static readonly LocalOrganizationOptions NoSecurity = new() { EnforceSecurity = false };
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void RetrieveMultiple_ActivitiesOfSeveralKinds_ListsEachOnceWithItsTypeAndRegarding()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var account = new EntityReference("account", service.Create(new Entity("account") { ["name"] = "Contoso" }));
        var task = service.Create(new Entity("task") { ["subject"] = "Send the proposal", ["regardingobjectid"] = account });
        var call = service.Create(new Entity("phonecall") { ["subject"] = "Discovery call", ["regardingobjectid"] = account });
        var email = service.Create(new Entity("email") { ["subject"] = "Follow-up" });

        var pointers = Pointers(service);

        Assert.Equal(
            new[] { $"{task}|task|Send the proposal", $"{call}|phonecall|Discovery call", $"{email}|email|Follow-up" }.Order(),
            pointers.Select(p => $"{p.Id}|{p.GetAttributeValue<string>("activitytypecode")}|{p.GetAttributeValue<string>("subject")}").Order());
        Assert.Equal(account, pointers.Single(p => p.Id == task).GetAttributeValue<EntityReference>("regardingobjectid"));
        Assert.Null(pointers.Single(p => p.Id == email).GetAttributeValue<EntityReference>("regardingobjectid"));
    }

    [Fact]
    public void UpdateSetStateAndDelete_OfAnActivity_AreFollowedByItsPointer()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var kept = service.Create(new Entity("task") { ["subject"] = "Draft" });
        var removed = service.Create(new Entity("task") { ["subject"] = "Obsolete" });

        service.Update(new Entity("task", kept) { ["subject"] = "Final" });
        service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("task", kept), State = new OptionSetValue(1), Status = new OptionSetValue(5) });
        service.Delete("task", removed);

        var pointer = Assert.Single(Pointers(service));
        var task = service.Retrieve("task", kept, new ColumnSet("statecode", "versionnumber"));
        Assert.Equal(kept, pointer.Id);
        Assert.Equal("Final", pointer.GetAttributeValue<string>("subject"));
        Assert.Equal(1, pointer.GetAttributeValue<OptionSetValue>("statecode")?.Value);
        Assert.Equal(task.GetAttributeValue<OptionSetValue>("statecode")?.Value, pointer.GetAttributeValue<OptionSetValue>("statecode")?.Value);
    }

    [Fact]
    public void CreateMultiple_Tasks_EachGetsItsPointer()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var targets = new EntityCollection(Enumerable.Range(0, 50).Select(i => new Entity("task") { ["subject"] = $"Task {i}" }).ToList()) { EntityName = "task" };

        var ids = ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = targets })).Ids;

        Assert.Equal(ids.OrderBy(i => i), Pointers(service).Select(p => p.Id).OrderBy(i => i));
    }

    [Fact]
    public void ExecuteTransaction_FailingAfterAnActivityWasCreated_LeavesNoPointer()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var request = new ExecuteTransactionRequest
        {
            Requests =
            [
                new CreateRequest { Target = new Entity("task") { ["subject"] = "Rolled back" } },
                new UpdateRequest { Target = new Entity("task", Guid.NewGuid()) { ["subject"] = "No such task" } },
            ],
        };

        LocalEngine.Fault(() => service.Execute(request));

        Assert.Empty(Pointers(service));
        Assert.Empty(service.RetrieveMultiple(new QueryExpression("task")).Entities);
    }

    [Fact]
    public void Delete_AccountAnActivityIsRegarding_ClearsTheRegardingOnThePointerToo()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var task = service.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference("account", account) });

        service.Delete("account", account);

        var regarding = service.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("regardingobjectid") }).Entities
            .SingleOrDefault(t => t.Id == task)?.GetAttributeValue<EntityReference>("regardingobjectid");
        var pointers = Pointers(service);
        Assert.Equal(pointers.Count, service.RetrieveMultiple(new QueryExpression("task")).Entities.Count);
        Assert.All(pointers, p => Assert.Equal(regarding, p.GetAttributeValue<EntityReference>("regardingobjectid")));
    }

    [Fact]
    public void Open_FileWhoseActivitiesPredateTheMirror_FillsInTheirPointersAtTheNextActivityWrite()
    {
        var path = folder.File("org.db");
        Guid old;
        using (var organization = LocalOrganization.Open(path, NoSecurity))
        {
            old = organization.SystemService.Create(new Entity("task") { ["subject"] = "Written before" });
            SqliteProbe.Execute(organization.Database.Connection, "DELETE FROM activitypointer;");
            foreach (var trigger in SqliteProbe.Strings(organization.Database.Connection, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'task'"))
            {
                SqliteProbe.Execute(organization.Database.Connection, $"DROP TRIGGER \"{trigger}\";");
            }
        }

        using var reopened = LocalOrganization.Open(path, NoSecurity);
        var added = reopened.SystemService.Create(new Entity("task") { ["subject"] = "Written after" });

        Assert.Equal(new[] { old, added }.OrderBy(i => i), Pointers(reopened.SystemService).Select(p => p.Id).OrderBy(i => i));
    }

    [Fact]
    public void RetrieveMultiple_ActivityPointerByUserWithoutRoles_IsRefused()
    {
        using var organization = LocalOrganization.CreateInMemory();
        organization.SystemService.Create(new Entity("task") { ["subject"] = "Private" });
        var unit = organization.SystemService.Create(new Entity("businessunit") { ["name"] = "Sales" });
        var user = organization.SystemService.Create(new Entity("systemuser") { ["lastname"] = "Doe", ["domainname"] = "doe@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });

        var fault = LocalEngine.Fault(() => organization.ServiceAs(user).RetrieveMultiple(new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("subject") }));

        Assert.Equal(MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvReadActivity", fault.Message, StringComparison.Ordinal);
    }

    private static List<Entity> Pointers(IOrganizationService service) =>
        [.. service.RetrieveMultiple(new QueryExpression("activitypointer")
        {
            ColumnSet = new ColumnSet("activitytypecode", "subject", "regardingobjectid", "statecode"),
        }).Entities];
}
