using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// Setting a lookup needs Append To on the row it points to. Salesperson holds Append To on accounts at Business
/// Unit depth, so a rep in Sales EU North may not point a deal at a Sales US account, on Create or on Update.
/// </summary>
public sealed class LookupSecurityTests : IDisposable
{
    private readonly SecuredOrg org = new();
    private readonly Guid usAccount;

    public LookupSecurityTests() => usAccount = org.As(org.UsRep).Create(new Entity("account") { ["name"] = "US account" });

    public void Dispose() => org.Dispose();

    [Fact]
    public void Create_LookupToARowOutsideAppendToDepth_AccessCheckFailedAndNothingCreated()
    {
        var fault = LocalEngine.Fault(() => org.As(org.Rep).Create(new Entity("opportunity") { ["name"] = "Deal", ["parentaccountid"] = new EntityReference("account", usAccount) }));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Contains("AppendToAccess", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.Org.SystemService.RetrieveMultiple(new QueryExpression("opportunity")).Entities);
    }

    [Fact]
    public void Update_LookupToARowOutsideAppendToDepth_AccessCheckFailedAndLookupUnchanged()
    {
        var deal = org.OpportunityOf(org.Rep, "Deal");

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Update(new Entity("opportunity", deal) { ["parentaccountid"] = new EntityReference("account", usAccount) }));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Contains("AppendToAccess", fault.Message, StringComparison.Ordinal);
        Assert.Null(org.Org.SystemService.Retrieve("opportunity", deal, new ColumnSet("parentaccountid")).GetAttributeValue<EntityReference>("parentaccountid"));
    }
}
