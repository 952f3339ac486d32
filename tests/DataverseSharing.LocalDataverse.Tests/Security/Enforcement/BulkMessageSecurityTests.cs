using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// The security checks of a request run after its pre-validation stage and before its pre-operation stage. A bulk
/// message is refused as a whole, every target checked as its single-row message, before any pre-operation step
/// of the bulk message runs: the step here would fail the request with its own message if it ran first.
/// </summary>
public sealed class BulkMessageSecurityTests : IDisposable
{
    private readonly SecuredOrg org = new(new LocalOrganizationOptions
    {
        Steps =
        [
            Step("CreateMultiple", "1f6c3e2a-8d4b-4a71-9c05-7e3b2d1a6f01"),
            Step("UpdateMultiple", "1f6c3e2a-8d4b-4a71-9c05-7e3b2d1a6f02"),
            Step("UpsertMultiple", "1f6c3e2a-8d4b-4a71-9c05-7e3b2d1a6f03"),
        ],
    });

    public void Dispose() => org.Dispose();

    [Fact]
    public void CreateMultiple_UserWithoutRole_RefusedBeforeThePreOperationStep()
    {
        var request = new CreateMultipleRequest { Targets = Accounts(new Entity("account") { ["name"] = "A" }) };

        var fault = LocalEngine.Fault(() => org.As(org.NoRole).Execute(request));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvCreateAccount", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateMultiple_SecondTargetOfAnotherUnit_RefusedBeforeThePreOperationStep()
    {
        var own = org.As(org.Rep).Create(new Entity("account") { ["name"] = "Own" });
        var us = org.As(org.UsRep).Create(new Entity("account") { ["name"] = "US" });
        var request = new UpdateMultipleRequest { Targets = Accounts(new Entity("account", own) { ["name"] = "Own 2" }, new Entity("account", us) { ["name"] = "US 2" }) };

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Execute(request));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Contains(us.ToString("D"), fault.Message, StringComparison.Ordinal);
        Assert.Equal(["Own", "US"], AccountNames());
    }

    [Fact]
    public void UpsertMultiple_ExistingRowOfAnotherUnit_RefusedAsItsUpdateBeforeThePreOperationStep()
    {
        var us = org.As(org.UsRep).Create(new Entity("account") { ["name"] = "US" });
        var request = new OrganizationRequest("UpsertMultiple")
        {
            ["Targets"] = Accounts(new Entity("account", Guid.NewGuid()) { ["name"] = "New" }, new Entity("account", us) { ["name"] = "US 2" }),
        };

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Execute(request));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Contains("WriteAccess", fault.Message, StringComparison.Ordinal);
        Assert.Equal(["US"], AccountNames());
    }

    private static StepDefinition Step(string message, string id) => new()
    {
        Id = new Guid(id),
        PluginType = typeof(FailBulkPreOperationPlugin),
        Message = message,
        Table = "account",
        Stage = StepStage.PreOperation,
    };

    private static EntityCollection Accounts(params Entity[] entities) => new(entities) { EntityName = "account" };

    private List<string> AccountNames() =>
        org.Org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") })
            .Entities.Select(e => e.GetAttributeValue<string>("name")!).Order(StringComparer.Ordinal).ToList();
}

/// <summary>A pre-operation step on a bulk message that fails the request: it must never run for a refused caller.</summary>
public sealed class FailBulkPreOperationPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        throw new InvalidPluginExecutionException("The pre-operation step of the bulk message ran.");
}
