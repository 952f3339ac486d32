using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// A row addressed by alternate key gets the checks of a row addressed by id; an Update that changes ownerid is an
/// Assign. Practices have the alternate key dvs_practicekey; contributors may write only the practices they own.
/// </summary>
public sealed class AddressingSecurityTests : IDisposable
{
    private const string Key = "dvs_practicekey";

    private readonly SecuredOrg org = new();
    private readonly Guid northContributor;
    private readonly Guid usContributor;
    private readonly Guid practice;

    public AddressingSecurityTests()
    {
        var contributor = PackageRoles.Get(PackageRoles.Contributor);
        northContributor = org.AddUser("North Contributor", org.EuNorth, StandardRoles.Salesperson, contributor);
        usContributor = org.AddUser("US Contributor", org.SalesUs, StandardRoles.Salesperson, contributor);
        practice = org.As(northContributor).Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Original", [Key] = "k-1" });
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void Update_ByAlternateKey_OtherOwnersRow_AccessCheckFailedLikeById()
    {
        var byId = LocalEngine.Fault(() => org.As(usContributor).Update(new Entity("dvs_bestpractice", practice) { ["dvs_name"] = "By id" }));
        var byKey = LocalEngine.Fault(() => org.As(usContributor).Update(new Entity("dvs_bestpractice", Key, "k-1") { ["dvs_name"] = "By key" }));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, byId.ErrorCode);
        Assert.Equal(byId.ErrorCode, byKey.ErrorCode);
        Assert.Contains(practice.ToString("D"), byKey.Message, StringComparison.Ordinal);
        Assert.Equal("Original", Name());
    }

    [Fact]
    public void Upsert_ByAlternateKey_OtherOwnersRow_AccessCheckFailed()
    {
        var fault = LocalEngine.Fault(() => org.As(usContributor).Execute(new UpsertRequest { Target = new Entity("dvs_bestpractice", Key, "k-1") { ["dvs_name"] = "By key" } }));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
        Assert.Equal("Original", Name());
    }

    [Fact]
    public void Upsert_ByAlternateKey_OwnRow_Updates()
    {
        var response = (UpsertResponse)org.As(northContributor).Execute(new UpsertRequest { Target = new Entity("dvs_bestpractice", Key, "k-1") { ["dvs_name"] = "Mine" } });

        Assert.False(response.RecordCreated);
        Assert.Equal("Mine", Name());
    }

    [Fact]
    public void Delete_ByAlternateKey_WithoutDeletePrivilege_MissingPrivilege()
    {
        var target = new EntityReference("dvs_bestpractice", Key, "k-1");

        var fault = LocalEngine.Fault(() => org.As(northContributor).Execute(new DeleteRequest { Target = target }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Equal("Original", Name());
    }

    [Fact]
    public void Retrieve_ByAlternateKey_UserWithoutRole_MissingPrivilege()
    {
        var fault = LocalEngine.Fault(() => org.As(org.NoRole).Execute(new RetrieveRequest { Target = new EntityReference("dvs_bestpractice", Key, "k-1"), ColumnSet = new ColumnSet("dvs_name") }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
    }

    [Fact]
    public void SetState_ByAlternateKey_OtherOwnersRow_AccessCheckFailed()
    {
        var request = new SetStateRequest { EntityMoniker = new EntityReference("dvs_bestpractice", Key, "k-1"), State = new OptionSetValue(1), Status = new OptionSetValue(-1) };

        var fault = LocalEngine.Fault(() => org.As(usContributor).Execute(request));

        Assert.Equal(SecurityErrorCodes.AccessCheckFailed, fault.ErrorCode);
    }

    [Fact]
    public void Update_ChangesOwnerWithoutAssignPrivilege_MissingPrvAssign()
    {
        // Contributors may write their practices but hold no Assign on them.
        var fault = LocalEngine.Fault(() => org.As(northContributor).Update(new Entity("dvs_bestpractice", practice) { ["ownerid"] = new EntityReference("systemuser", org.Rep) }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("prvAssigndvs_BestPractice", fault.Message, StringComparison.Ordinal);
        Assert.Equal(northContributor, Owner("dvs_bestpractice", practice));
    }

    [Fact]
    public void Update_ChangesOwnerToUserWhoCannotRead_OwnerReadCheckFails()
    {
        var deal = org.OpportunityOf(org.Rep, "Deal");

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Update(new Entity("opportunity", deal) { ["ownerid"] = new EntityReference("systemuser", org.NoRole) }));

        Assert.Equal(SecurityErrorCodes.MissingPrivilege, fault.ErrorCode);
        Assert.Contains("Read Privilege Check For Owner failed", fault.Message, StringComparison.Ordinal);
        Assert.Equal(org.Rep, Owner("opportunity", deal));
    }

    [Fact]
    public void Update_SameOwnerAndOtherColumns_NeedsWriteOnly()
    {
        var deal = org.OpportunityOf(org.Rep, "Deal");

        org.As(org.Rep).Update(new Entity("opportunity", deal) { ["ownerid"] = new EntityReference("systemuser", org.Rep), ["name"] = "Renamed" });

        Assert.Equal("Renamed", org.Org.SystemService.Retrieve("opportunity", deal, new ColumnSet("name"))["name"]);
    }

    private string? Name() => org.Org.SystemService.Retrieve("dvs_bestpractice", practice, new ColumnSet("dvs_name")).GetAttributeValue<string>("dvs_name");

    private Guid Owner(string table, Guid id) => org.Org.SystemService.Retrieve(table, id, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid")!.Id;
}
