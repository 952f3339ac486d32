using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Engine;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Guards;

public sealed class PracticeLifecycleGuardTests : IDisposable
{
    private readonly GuardedOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void Upsert_ByApproverCreatingApproved_RefusedAndNothingWritten()
    {
        var target = new Entity(BestPracticeSchema.Table, BestPracticeSchema.PracticeKey, "p-upsert")
        {
            [BestPracticeSchema.Name] = "Price against the bundle",
            [BestPracticeSchema.Summary] = "Show the per-seat cost of the competitor's bundle.",
            [BestPracticeSchema.Body] = "Break the bundle down line by line with the CFO.",
            [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue),
            [BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusApproved),
        };

        var fault = LocalEngine.Fault(() => org.As(org.Approver).Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest { Target = target }));

        Assert.StartsWith("A new practice starts as Draft", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryByAttribute(BestPracticeSchema.Table) { Attributes = { BestPracticeSchema.PracticeKey }, Values = { "p-upsert" } }).Entities);
    }

    [Fact]
    public void Create_ByRepAsDraft_Allowed()
    {
        var id = org.Practice(org.Rep);

        Assert.Equal(BestPracticeSchema.StatusDraft, Status(id));
    }

    [Theory]
    [InlineData(BestPracticeSchema.StatusApproved)]
    [InlineData(BestPracticeSchema.StatusSubmitted)]
    public void Create_ByApproverNotAsDraft_Refused(int status)
    {
        var fault = LocalEngine.Fault(() => org.Practice(org.Approver, status));

        Assert.StartsWith("A new practice starts as Draft; only a Practice Administrator creates or imports a practice as", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ByAdministratorAsApproved_AllowedAndStamped()
    {
        var id = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);

        var row = org.Stored(id);
        Assert.Equal(BestPracticeSchema.StatusApproved, Status(id));
        Assert.Equal(LocalEngine.Start.UtcDateTime, row.GetAttributeValue<DateTime>(BestPracticeSchema.ApprovedOn));
        Assert.Equal(org.Admin, row.GetAttributeValue<EntityReference>(BestPracticeSchema.Approver)!.Id);
    }

    [Fact]
    public void Approve_ByApprover_StampsApprovalDateAndApprover()
    {
        var id = Submitted();
        org.Clock.Advance(TimeSpan.FromDays(3));

        org.Move(org.Approver, id, BestPracticeSchema.StatusApproved);

        var row = org.Stored(id);
        Assert.Equal(BestPracticeSchema.StatusApproved, Status(id));
        Assert.Equal(LocalEngine.Start.UtcDateTime.AddDays(3), row.GetAttributeValue<DateTime>(BestPracticeSchema.ApprovedOn));
        Assert.Equal(org.Approver, row.GetAttributeValue<EntityReference>(BestPracticeSchema.Approver)!.Id);
    }

    [Fact]
    public void ApprovalDate_LaterStatisticsUpdate_Unchanged()
    {
        var id = Submitted();
        org.Move(org.Approver, id, BestPracticeSchema.StatusApproved);
        org.Clock.Advance(TimeSpan.FromDays(10));

        org.System.Update(new Entity(BestPracticeSchema.Table, id) { [BestPracticeSchema.AppliedWon] = 4 });

        Assert.Equal(LocalEngine.Start.UtcDateTime, org.Stored(id).GetAttributeValue<DateTime>(BestPracticeSchema.ApprovedOn));
    }

    [Theory]
    [InlineData(BestPracticeSchema.StatusApproved, "approve")]
    [InlineData(BestPracticeSchema.StatusRejected, "reject")]
    public void Decide_OwnPracticeByRepOrManager_RefusedNamingTheRole(int status, string verb)
    {
        // Each owns the practice, so Write passes the privilege check and the guard is what refuses.
        foreach (var (user, key) in new[] { (org.Rep, "p-rep"), (org.Manager, "p-manager") })
        {
            var id = Submitted(user, key);
            var fault = LocalEngine.Fault(() => org.Move(user, id, status));
            Assert.StartsWith($"Only a Practice Approver can {verb} a practice; you do not hold that role", fault.Message, StringComparison.Ordinal);
            Assert.Equal(BestPracticeSchema.StatusSubmitted, Status(id));
        }
    }

    [Fact]
    public void Approve_Draft_RefusedAsIllegalMove()
    {
        var id = org.Practice(org.Rep);

        var fault = LocalEngine.Fault(() => org.Move(org.Approver, id, BestPracticeSchema.StatusApproved));

        Assert.Equal("The practice \"Price against the bundle\" is Draft, so it cannot be approved: a draft can only be submitted.", fault.Message);
    }

    [Fact]
    public void Submit_MissingBody_RefusedNamingIt()
    {
        var id = org.Practice(org.Rep);
        org.As(org.Rep).Update(new Entity(BestPracticeSchema.Table, id) { [BestPracticeSchema.Body] = null });

        var fault = LocalEngine.Fault(() => org.Move(org.Rep, id, BestPracticeSchema.StatusSubmitted));

        Assert.Equal("The practice \"Price against the bundle\" cannot be submitted yet: it needs a body.", fault.Message);
    }

    [Fact]
    public void Approve_Expired_Refused()
    {
        var id = Submitted();
        org.Clock.Advance(TimeSpan.FromDays(40));
        org.As(org.Approver).Update(new Entity(BestPracticeSchema.Table, id) { [BestPracticeSchema.ExpiresOn] = LocalEngine.Start.UtcDateTime.AddDays(30) });

        var fault = LocalEngine.Fault(() => org.Move(org.Approver, id, BestPracticeSchema.StatusApproved));

        Assert.Contains("expired on 2026-04-01; set a later expiry date before you approve it", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_ApprovedContent_RefusedEvenForApprover()
    {
        var id = Approved();

        var fault = LocalEngine.Fault(() => org.As(org.Approver).Update(new Entity(BestPracticeSchema.Table, id) { [BestPracticeSchema.Summary] = "New words" }));

        Assert.Equal("The practice \"Price against the bundle\" is approved, so its content is read-only; revise it to make a new version for review.", fault.Message);
    }

    [Fact]
    public void Edit_ApprovedContent_AllowedForAdministratorImport()
    {
        var id = Approved();

        org.As(org.Admin).Update(new Entity(BestPracticeSchema.Table, id) { [BestPracticeSchema.Summary] = "New words" });

        Assert.Equal("New words", org.Stored(id).GetAttributeValue<string>(BestPracticeSchema.Summary));
    }

    [Fact]
    public void WriteApprovalDate_ByApprover_Refused()
    {
        var id = Approved();

        var fault = LocalEngine.Fault(() => org.As(org.Approver).Update(new Entity(BestPracticeSchema.Table, id) { [BestPracticeSchema.ApprovedOn] = DateTime.UtcNow }));

        Assert.Contains("are set by the approval itself", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retire_ByApproverThroughSetState_Allowed()
    {
        var id = Approved();

        org.As(org.Approver).Execute(new SetStateRequest { EntityMoniker = new EntityReference(BestPracticeSchema.Table, id), State = new OptionSetValue(1), Status = new OptionSetValue(-1) });

        Assert.Equal(BestPracticeSchema.StatusRetired, Status(id));
    }

    [Fact]
    public void Retire_ByRepThroughSetState_Refused()
    {
        var id = Approved();

        var fault = LocalEngine.Fault(() => org.As(org.Rep).Execute(new SetStateRequest { EntityMoniker = new EntityReference(BestPracticeSchema.Table, id), State = new OptionSetValue(1), Status = new OptionSetValue(BestPracticeSchema.StatusRetired) }));

        Assert.StartsWith("Only a Practice Approver can retire a practice", fault.Message, StringComparison.Ordinal);
        Assert.Equal(BestPracticeSchema.StatusApproved, Status(id));
    }

    [Fact]
    public void Reopen_Rejected_AllowedForRep()
    {
        var id = Submitted();
        org.Move(org.Approver, id, BestPracticeSchema.StatusRejected);

        org.Move(org.Rep, id, BestPracticeSchema.StatusDraft);

        Assert.Equal(BestPracticeSchema.StatusDraft, Status(id));
    }

    [Fact]
    public void Revise_ApprovedThenApproveRevision_RetiresThePreviousVersion()
    {
        var first = Approved();

        var revision = Revise(org.Rep, first);
        var stored = org.Stored(revision);
        Assert.Equal(2, stored.GetAttributeValue<int>(BestPracticeSchema.Version));
        Assert.Equal("p-1-v2", stored.GetAttributeValue<string>(BestPracticeSchema.PracticeKey));
        Assert.Equal(BestPracticeSchema.StatusDraft, Status(revision));
        Assert.Equal(BestPracticeSchema.StatusApproved, Status(first));

        org.Move(org.Rep, revision, BestPracticeSchema.StatusSubmitted);
        org.Move(org.Approver, revision, BestPracticeSchema.StatusApproved);

        Assert.Equal(BestPracticeSchema.StatusApproved, Status(revision));
        Assert.Equal(BestPracticeSchema.StatusRetired, Status(first));
    }

    [Fact]
    public void Revise_SecondRevisionWhileOneIsOpen_Refused()
    {
        var first = Approved();
        Revise(org.Rep, first);

        var fault = LocalEngine.Fault(() => Revise(org.Manager, first, "p-1-other"));

        Assert.Contains("already has a revision in progress (p-1-v2)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_Draft_Refused()
    {
        var draft = org.Practice(org.Rep);

        var fault = LocalEngine.Fault(() => Revise(org.Rep, draft));

        Assert.StartsWith("Only an approved practice can be revised", fault.Message, StringComparison.Ordinal);
    }

    private int Status(Guid id) => org.Stored(id).GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode)!.Value;

    private Guid Submitted() => Submitted(org.Rep, "p-1");

    private Guid Submitted(Guid user, string key)
    {
        var id = org.Practice(user, key: key);
        org.Move(user, id, BestPracticeSchema.StatusSubmitted);
        return id;
    }

    private Guid Approved()
    {
        var id = Submitted();
        org.Move(org.Approver, id, BestPracticeSchema.StatusApproved);
        return id;
    }

    private Guid Revise(Guid user, Guid previous, string? key = null)
    {
        var row = new Entity(BestPracticeSchema.Table)
        {
            [BestPracticeSchema.Name] = "Price against the bundle",
            [BestPracticeSchema.Summary] = "Sharper words.",
            [BestPracticeSchema.Body] = "Break the bundle down line by line with the CFO.",
            [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue + 6),
            [BestPracticeSchema.PreviousVersion] = new EntityReference(BestPracticeSchema.Table, previous),
        };
        if (key is not null)
        {
            row[BestPracticeSchema.PracticeKey] = key;
        }

        return org.As(user).Create(row);
    }
}
