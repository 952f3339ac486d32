using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>Messages made of other operations are checked as each operation would be if it had been sent alone.</summary>
public sealed class CompositeMessageSecurityTests : IDisposable
{
    private readonly SecuredOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void Upsert_UserWithoutRole_NewRow_MissingPrivilegeAndNothingWritten()
    {
        var fault = LocalEngine.Fault(() => org.As(org.NoRole).Execute(new UpsertRequest { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "Sneaky" } }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvCreateAccount", fault.Message, StringComparison.Ordinal);
        Assert.Empty(AccountNames());
    }

    [Fact]
    public void Upsert_UserWithoutRole_ExistingRow_MissingWritePrivilegeAndRowUnchanged()
    {
        var id = org.As(org.Rep).Create(new Entity("account") { ["name"] = "Rep's" });

        var fault = LocalEngine.Fault(() => org.As(org.NoRole).Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "Changed" } }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvWriteAccount", fault.Message, StringComparison.Ordinal);
        Assert.Equal(["Rep's"], AccountNames());
    }

    [Fact]
    public void Upsert_ExistingRowOfAnotherUnit_WriteAccessCheckedNotCreate()
    {
        // The rep may create accounts, but the existing row is in Sales US: the update that would happen is refused.
        var id = org.As(org.UsRep).Create(new Entity("account") { ["name"] = "US account" });

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Execute(new UpsertRequest { Target = new Entity("account", id) { ["name"] = "Mine" } }));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Contains("WriteAccess", fault.Message, StringComparison.Ordinal);
        Assert.Equal(["US account"], AccountNames());
    }

    [Fact]
    public void Upsert_RepNewRow_CreatedAndOwnedByRep()
    {
        var response = (UpsertResponse)org.As(org.Rep).Execute(new UpsertRequest { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "New" } });

        Assert.True(response.RecordCreated);
        Assert.Equal(org.Rep, org.Org.SystemService.Retrieve("account", response.Target.Id, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void UpsertMultiple_UserWithoutRole_MissingPrivilegeAndNothingWritten()
    {
        var existing = org.As(org.Rep).Create(new Entity("account") { ["name"] = "Rep's" });
        var request = new OrganizationRequest("UpsertMultiple")
        {
            ["Targets"] = new EntityCollection([new Entity("account", existing) { ["name"] = "Changed" }, new Entity("account", Guid.NewGuid()) { ["name"] = "New" }]) { EntityName = "account" },
        };

        var fault = LocalEngine.Fault(() => org.As(org.NoRole).Execute(request));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Equal(["Rep's"], AccountNames());
    }

    [Fact]
    public void CreateMultiple_UserWithoutRole_MissingPrivilegeAndNothingWritten()
    {
        var request = new CreateMultipleRequest { Targets = new EntityCollection([new Entity("account") { ["name"] = "A" }]) { EntityName = "account" } };

        var fault = LocalEngine.Fault(() => org.As(org.NoRole).Execute(request));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Empty(AccountNames());
    }

    [Fact]
    public void UpdateMultiple_OneTargetOfAnotherUnit_AccessCheckFailedAndNothingWritten()
    {
        var own = org.As(org.Rep).Create(new Entity("account") { ["name"] = "Own" });
        var us = org.As(org.UsRep).Create(new Entity("account") { ["name"] = "US" });
        var request = new UpdateMultipleRequest
        {
            Targets = new EntityCollection([new Entity("account", own) { ["name"] = "Own 2" }, new Entity("account", us) { ["name"] = "US 2" }]) { EntityName = "account" },
        };

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Execute(request));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Equal(["Own", "US"], AccountNames());
    }

    [Fact]
    public void ExecuteTransaction_InnerCreateWithoutPrivilege_FaultsWithItsIndexAndRollsBack()
    {
        var request = new ExecuteTransactionRequest
        {
            Requests = [new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Allowed?" } }, new CreateRequest { Target = new Entity("account") { ["name"] = "A" } }],
        };

        var fault = LocalEngine.Fault(() => org.As(org.NoRole).Execute(request));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Equal(0, Assert.IsType<ExecuteTransactionFault>(fault).FaultedRequestIndex);
        Assert.Empty(AccountNames());
    }

    [Fact]
    public void ExecuteMultiple_InnerUpdateOfAnotherUnit_ReturnsTheAccessFault()
    {
        var us = org.As(org.UsRep).Create(new Entity("account") { ["name"] = "US" });
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = [new UpdateRequest { Target = new Entity("account", us) { ["name"] = "US 2" } }, new CreateRequest { Target = new Entity("account") { ["name"] = "Own" } }],
        };

        var response = (ExecuteMultipleResponse)org.As(org.Rep).Execute(request);

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, response.Responses[0].Fault!.ErrorCode);
        Assert.Null(response.Responses[1].Fault);
        Assert.Equal(["Own", "US"], AccountNames());
    }

    private List<string> AccountNames() =>
        org.Org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") })
            .Entities.Select(e => e.GetAttributeValue<string>("name")!).OrderBy(n => n, StringComparer.Ordinal).ToList();
}
