using DataverseSharing.Domain.Practices;
using DataverseSharing.Testing;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class PracticeLifecycleTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Practice Draft() => Some.Practice("p-1").WithStatus(PracticeStatus.Draft).ApprovedOn(null).With(p => p with { ApproverId = null }).Build();

    [Fact]
    public void Approve_AfterSubmit_SetsApproverAndDate()
    {
        var approved = Draft().Submit().Approve("manager-7", Now);

        Assert.Equal(PracticeStatus.Approved, approved.Status);
        Assert.Equal("manager-7", approved.ApproverId);
        Assert.Equal(Now, approved.ApprovedOnUtc);
        Assert.Equal(1, approved.Version);
    }

    [Fact]
    public void Retire_Approved_IsRetired()
    {
        Assert.Equal(PracticeStatus.Retired, Draft().Submit().Approve("m", Now).Retire().Status);
    }

    [Fact]
    public void Reopen_Rejected_ReturnsToDraft()
    {
        var reopened = Draft().Submit().Reject().Reopen();

        Assert.Equal(PracticeStatus.Draft, reopened.Status);
    }

    [Theory]
    [InlineData(PracticeStatus.Draft, PracticeStatus.Approved)]
    [InlineData(PracticeStatus.Draft, PracticeStatus.Retired)]
    [InlineData(PracticeStatus.Submitted, PracticeStatus.Retired)]
    [InlineData(PracticeStatus.Approved, PracticeStatus.Draft)]
    [InlineData(PracticeStatus.Rejected, PracticeStatus.Approved)]
    [InlineData(PracticeStatus.Retired, PracticeStatus.Approved)]
    [InlineData(PracticeStatus.Retired, PracticeStatus.Draft)]
    public void CanMove_IllegalPair_IsFalse(PracticeStatus from, PracticeStatus to)
    {
        Assert.False(PracticeLifecycle.CanMove(from, to));
    }

    [Fact]
    public void Approve_Draft_ThrowsInvalidOperationNamingStates()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Draft().Approve("m", Now));

        Assert.Contains("Draft", error.Message, StringComparison.Ordinal);
        Assert.Contains("Approved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_Retired_Throws()
    {
        var retired = Draft().Submit().Approve("m", Now).Retire();

        Assert.Throws<InvalidOperationException>(() => retired.Submit());
    }

    [Fact]
    public void Approve_WithoutApprover_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Draft().Submit().Approve(" ", Now));
    }

    [Fact]
    public void Revise_Approved_ReturnsSubmittedNextVersionWithoutApproval()
    {
        var approved = Draft().Submit().Approve("m", Now) with { Effectiveness = new EffectivenessStats { AppliedWon = 3 } };

        var revision = approved.Revise(p => p with { Title = "Sharper title", Id = "ignored" });

        Assert.Equal(PracticeStatus.Submitted, revision.Status);
        Assert.Equal(2, revision.Version);
        Assert.Equal("Sharper title", revision.Title);
        Assert.Equal("p-1", revision.Id);
        Assert.Null(revision.ApproverId);
        Assert.Null(revision.ApprovedOnUtc);
        Assert.Equal(3, revision.Effectiveness.AppliedWon);
        Assert.Equal(PracticeStatus.Approved, approved.Status);
    }

    [Fact]
    public void Revise_ThenApprove_IsApprovedAtNewVersion()
    {
        var approved = Draft().Submit().Approve("m", Now);

        var again = approved.Revise(p => p).Approve("m2", Now.AddDays(1));

        Assert.Equal(2, again.Version);
        Assert.Equal("m2", again.ApproverId);
    }

    [Fact]
    public void Revise_Draft_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Draft().Revise(p => p));
    }
}
