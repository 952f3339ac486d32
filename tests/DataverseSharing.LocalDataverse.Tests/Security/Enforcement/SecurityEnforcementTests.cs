using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

public sealed class SecurityEnforcementTests
{
    private const int MissingPrivilege = -2147220960;
    private const int AccessCheckFailed = -2147187962;

    private static List<string> OpportunityNames(IOrganizationService service) =>
        service.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") })
            .Entities.Select(e => e.GetAttributeValue<string>("name")!).OrderBy(n => n, StringComparer.Ordinal).ToList();

    [Fact]
    public void Create_RepWithSalespersonRole_OwnsTheNewRow()
    {
        using var org = new SecuredOrg();

        var id = org.OpportunityOf(org.Rep, "Rep deal");

        var row = org.Org.SystemService.Retrieve("opportunity", id, new ColumnSet("ownerid", "owningbusinessunit"));
        Assert.Equal(org.Rep, row.GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void Create_UserWithoutRole_MissingPrivilegeFault()
    {
        using var org = new SecuredOrg();

        var fault = LocalEngine.Fault(() => org.OpportunityOf(org.NoRole, "No role deal"));

        Assert.Equal(MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvCreateOpportunity", fault.Message, StringComparison.Ordinal);
        Assert.Empty(OpportunityNames(org.Org.SystemService));
    }

    [Fact]
    public void Execute_UnknownCaller_UserDoesNotExistFault()
    {
        using var org = new SecuredOrg();

        var fault = LocalEngine.Fault(() => org.OpportunityOf(Guid.NewGuid(), "Ghost deal"));

        Assert.Contains("systemuser With Id", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrieve_RepReadsColleagueInSameUnit_Allowed_OtherUnit_Denied()
    {
        using var org = new SecuredOrg();
        var colleague = org.OpportunityOf(org.OtherRep, "Colleague deal");
        var us = org.OpportunityOf(org.UsRep, "US deal");

        var seen = org.As(org.Rep).Retrieve("opportunity", colleague, new ColumnSet("name"));
        var fault = LocalEngine.Fault(() => org.As(org.Rep).Retrieve("opportunity", us, new ColumnSet("name")));

        Assert.Equal("Colleague deal", seen.GetAttributeValue<string>("name"));
        Assert.Equal(AccessCheckFailed, fault.ErrorCode);
    }

    [Fact]
    public void Update_RepChangesColleaguesDeal_AccessCheckFailedAndRowUnchanged()
    {
        using var org = new SecuredOrg();
        var colleague = org.OpportunityOf(org.OtherRep, "Colleague deal");

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Update(new Entity("opportunity", colleague) { ["name"] = "Mine now" }));

        Assert.Equal(AccessCheckFailed, fault.ErrorCode);
        Assert.Equal("Colleague deal", org.Org.SystemService.Retrieve("opportunity", colleague, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Update_ManagerChangesDealInUnitBelow_Allowed()
    {
        using var org = new SecuredOrg();
        var deal = org.OpportunityOf(org.Rep, "Rep deal");

        org.As(org.Manager).Update(new Entity("opportunity", deal) { ["name"] = "Reviewed by manager" });

        Assert.Equal("Reviewed by manager", org.Org.SystemService.Retrieve("opportunity", deal, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void RetrieveMultiple_EachRole_SeesOnlyRowsInItsDepth()
    {
        using var org = new SecuredOrg();
        org.OpportunityOf(org.Rep, "A rep");
        org.OpportunityOf(org.OtherRep, "B colleague");
        org.OpportunityOf(org.Manager, "C manager");
        org.OpportunityOf(org.UsRep, "D us");

        Assert.Equal(new[] { "A rep", "B colleague" }, OpportunityNames(org.As(org.Rep)));
        Assert.Equal(new[] { "A rep", "B colleague", "C manager" }, OpportunityNames(org.As(org.Manager)));
        Assert.Equal(new[] { "D us" }, OpportunityNames(org.As(org.UsRep)));
        Assert.Equal(new[] { "A rep", "B colleague", "C manager", "D us" }, OpportunityNames(org.As(org.Admin)));
    }

    [Fact]
    public void RetrieveMultiple_UserWithoutReadPrivilege_Fault()
    {
        using var org = new SecuredOrg();

        var fault = LocalEngine.Fault(() => OpportunityNames(org.As(org.NoRole)));

        Assert.Equal(MissingPrivilege, fault.ErrorCode);
    }

    [Fact]
    public void RetrieveMultiple_CallersQuery_NotChangedByTheNarrowing()
    {
        using var org = new SecuredOrg();
        org.OpportunityOf(org.Rep, "A rep");
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };

        org.As(org.Rep).RetrieveMultiple(query);

        Assert.Empty(query.Criteria.Conditions);
        Assert.Empty(query.Criteria.Filters);
    }

    [Fact]
    public void Delete_RepDeletesOwnDeal_Allowed_ColleaguesDeal_Denied()
    {
        using var org = new SecuredOrg();
        var own = org.OpportunityOf(org.Rep, "Own");
        var colleague = org.OpportunityOf(org.OtherRep, "Colleague");

        org.As(org.Rep).Delete("opportunity", own);
        var fault = LocalEngine.Fault(() => org.As(org.Rep).Delete("opportunity", colleague));

        Assert.Equal(AccessCheckFailed, fault.ErrorCode);
        Assert.Equal(new[] { "Colleague" }, OpportunityNames(org.Org.SystemService));
    }

    [Fact]
    public void SystemService_NoRoleRows_NeverChecked()
    {
        using var org = new SecuredOrg();

        org.Org.SystemService.Create(new Entity("opportunity") { ["name"] = "System deal" });

        Assert.Equal(new[] { "System deal" }, OpportunityNames(org.Org.SystemService));
    }
}
