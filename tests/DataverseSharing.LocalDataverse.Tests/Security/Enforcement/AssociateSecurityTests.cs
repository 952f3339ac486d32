using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// Associating rows in a many-to-many relationship needs Append on the row and on every related row, each at a
/// depth that reaches it. A Sales EU manager holding Practice Approver credits contributors (users) on practices:
/// Append on practices and on users at Parent: Child, so both must be in Sales EU or a unit below it.
/// </summary>
public sealed class AssociateSecurityTests : IDisposable
{
    private static readonly Relationship Contributors = new("dvs_bestpractice_contributor");

    private readonly SecuredOrg org = new();
    private readonly Guid approver;
    private readonly Guid northPractice;
    private readonly Guid usPractice;

    public AssociateSecurityTests()
    {
        var contributor = PackageRoles.Get(PackageRoles.Contributor);
        approver = org.AddUser("Approver", org.SalesEu, StandardRoles.SalesManager, PackageRoles.Get(PackageRoles.Approver));
        var north = org.AddUser("North Contributor", org.EuNorth, StandardRoles.Salesperson, contributor);
        var us = org.AddUser("US Contributor", org.SalesUs, StandardRoles.Salesperson, contributor);
        northPractice = org.As(north).Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "North" });
        usPractice = org.As(us).Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "US" });
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void Associate_PracticeAndUsersInTheApproversTree_Associated()
    {
        org.As(approver).Associate("dvs_bestpractice", northPractice, Contributors, [User(org.Rep), User(org.OtherRep)]);

        Assert.Equal(new[] { org.Rep, org.OtherRep }.Order(), ContributorsOf(northPractice).Order());
    }

    [Fact]
    public void Associate_RelatedUserOutsideTheApproversTree_AccessCheckFailedOnTheUserAndNothingAssociated()
    {
        // The first related user is reachable, the second (Sales US) is not: the request is refused whole.
        var fault = LocalEngine.Fault(() => org.As(approver).Associate("dvs_bestpractice", northPractice, Contributors, [User(org.Rep), User(org.UsRep)]));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Contains(org.UsRep.ToString("D"), fault.Message, StringComparison.Ordinal);
        Assert.Contains("AppendAccess", fault.Message, StringComparison.Ordinal);
        Assert.Empty(ContributorsOf(northPractice));
    }

    [Fact]
    public void Associate_PracticeOutsideTheApproversTree_AccessCheckFailedOnThePractice()
    {
        var fault = LocalEngine.Fault(() => org.As(approver).Associate("dvs_bestpractice", usPractice, Contributors, [User(org.Rep)]));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Contains(usPractice.ToString("D"), fault.Message, StringComparison.Ordinal);
        Assert.Empty(ContributorsOf(usPractice));
    }

    [Fact]
    public void Associate_SalespersonWithoutAppendOnUsers_MissingPrvAppendUser()
    {
        // A rep's own practice, but Salesperson and Contributor grant no Append on users.
        var contributor = org.AddUser("Contributor", org.EuNorth, StandardRoles.Salesperson, PackageRoles.Get(PackageRoles.Contributor));
        var own = org.As(contributor).Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Own" });

        var fault = LocalEngine.Fault(() => org.As(contributor).Associate("dvs_bestpractice", own, Contributors, [User(org.Rep)]));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvAppendUser", fault.Message, StringComparison.Ordinal);
        Assert.Empty(ContributorsOf(own));
    }

    [Fact]
    public void Disassociate_RelatedUserOutsideTheApproversTree_AccessCheckFailedAndLinkKept()
    {
        org.Org.SystemService.Associate("dvs_bestpractice", northPractice, Contributors, [User(org.UsRep)]);

        var fault = LocalEngine.Fault(() => org.As(approver).Disassociate("dvs_bestpractice", northPractice, Contributors, [User(org.UsRep)]));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Equal([org.UsRep], ContributorsOf(northPractice));
    }

    private static EntityReference User(Guid id) => new("systemuser", id);

    private List<Guid> ContributorsOf(Guid practice)
    {
        var query = new QueryExpression("dvs_bestpractice_contributor") { ColumnSet = new ColumnSet("systemuserid") };
        query.Criteria.AddCondition("dvs_bestpracticeid", ConditionOperator.Equal, practice);
        return org.Org.SystemService.RetrieveMultiple(query).Entities
            .Select(e => e["systemuserid"] switch { Guid g => g, EntityReference r => r.Id, var other => throw new InvalidOperationException($"systemuserid is {other}") })
            .ToList();
    }
}
