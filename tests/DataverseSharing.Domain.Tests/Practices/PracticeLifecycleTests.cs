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

    // The whole transition table, written out here on purpose: a new legal move has to be added in both places.
    private static readonly (PracticeStatus From, PracticeStatus To)[] LegalMoves =
    [
        (PracticeStatus.Draft, PracticeStatus.Submitted),
        (PracticeStatus.Submitted, PracticeStatus.Approved),
        (PracticeStatus.Submitted, PracticeStatus.Rejected),
        (PracticeStatus.Rejected, PracticeStatus.Draft),
        (PracticeStatus.Approved, PracticeStatus.Retired),
    ];

    /// <summary>Every (from, to) pair of statuses, including staying put, with whether the table allows it.</summary>
    public static TheoryData<PracticeStatus, PracticeStatus, bool> EveryPair()
    {
        var data = new TheoryData<PracticeStatus, PracticeStatus, bool>();
        foreach (var from in Enum.GetValues<PracticeStatus>())
        {
            foreach (var to in Enum.GetValues<PracticeStatus>())
            {
                data.Add(from, to, LegalMoves.Contains((from, to)));
            }
        }

        return data;
    }

    [Fact]
    public void EveryPair_AllStatuses_CoversTwentyFivePairsFiveLegal()
    {
        var pairs = EveryPair().Select(row => ((PracticeStatus)row[0], (PracticeStatus)row[1], (bool)row[2])).ToList();

        Assert.Equal(25, pairs.Count);
        Assert.Equal(5, pairs.Count(pair => pair.Item3));
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void CanMove_EveryPair_MatchesTransitionTable(PracticeStatus from, PracticeStatus to, bool legal)
    {
        Assert.Equal(legal, PracticeLifecycle.CanMove(from, to));
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Move_EveryPair_ChangesStatusOnlyWhenLegal(PracticeStatus from, PracticeStatus to, bool legal)
    {
        var practice = Draft() with { Status = from };

        if (legal)
        {
            var moved = MoveTo(practice, to);

            Assert.Equal(to, moved.Status);
            Assert.Equal(from, practice.Status);
        }
        else
        {
            var error = Assert.Throws<InvalidOperationException>(() => MoveTo(practice, to));

            Assert.Equal($"Practice 'p-1' cannot move from {from} to {to}.", error.Message);
        }
    }

    [Fact]
    public void Submit_Rejected_ThrowsSoARejectionIsReworkedAsDraftFirst()
    {
        var rejected = Draft().Submit().Reject();

        var error = Assert.Throws<InvalidOperationException>(() => rejected.Submit());

        Assert.Contains("from Rejected to Submitted", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The lifecycle's named operation whose target status is <paramref name="to"/>.</summary>
    private static Practice MoveTo(Practice practice, PracticeStatus to) => to switch
    {
        PracticeStatus.Draft => practice.Reopen(),
        PracticeStatus.Submitted => practice.Submit(),
        PracticeStatus.Approved => practice.Approve("manager-1", Now),
        PracticeStatus.Rejected => practice.Reject(),
        PracticeStatus.Retired => practice.Retire(),
        _ => throw new ArgumentOutOfRangeException(nameof(to), to, "No lifecycle operation targets this status."),
    };

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
    public void Revise_Approved_ReturnsNewDraftNextVersionLinkedToTheApprovedOne()
    {
        var approved = Draft().Submit().Approve("m", Now) with { Effectiveness = new EffectivenessStats { AppliedWon = 3 } };

        var revision = approved.Revise(p => p with { Title = "Sharper title", Id = "ignored" });

        Assert.Equal(PracticeStatus.Draft, revision.Status);
        Assert.Equal(2, revision.Version);
        Assert.Equal("Sharper title", revision.Title);
        Assert.Equal("", revision.Id);
        Assert.Equal("p-1", revision.PreviousVersionId);
        Assert.Null(revision.ApproverId);
        Assert.Null(revision.ApprovedOnUtc);
        Assert.Equal(3, revision.Effectiveness.AppliedWon);
        Assert.Equal(PracticeStatus.Approved, approved.Status);
    }

    [Fact]
    public void Revise_ThenApprove_IsApprovedAtNewVersion()
    {
        var approved = Draft().Submit().Approve("m", Now);

        var again = approved.Revise(p => p).Submit().Approve("m2", Now.AddDays(1));

        Assert.Equal(2, again.Version);
        Assert.Equal("m2", again.ApproverId);
    }

    [Fact]
    public void Revise_Draft_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Draft().Revise(p => p));
    }

    [Fact]
    public void Submit_NullPractice_ThrowsArgumentNull()
    {
        var error = Assert.Throws<ArgumentNullException>(() => PracticeLifecycle.Submit(null!));

        Assert.Equal("practice", error.ParamName);
    }

    [Fact]
    public void Revise_NullPractice_ThrowsArgumentNull()
    {
        var error = Assert.Throws<ArgumentNullException>(() => PracticeLifecycle.Revise(null!, p => p));

        Assert.Equal("practice", error.ParamName);
    }

    [Fact]
    public void Revise_NullEdit_ThrowsArgumentNull()
    {
        var approved = Draft().Submit().Approve("m", Now);

        var error = Assert.Throws<ArgumentNullException>(() => approved.Revise(null!));

        Assert.Equal("edit", error.ParamName);
    }

    [Fact]
    public void Revise_EditReturnsNull_ThrowsInvalidOperation()
    {
        var approved = Draft().Submit().Approve("m", Now);

        var error = Assert.Throws<InvalidOperationException>(() => approved.Revise(_ => null!));

        Assert.Contains("no practice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_Submitted_MessageNamesPracticeAndStatus()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Draft().Submit().Revise(p => p));

        Assert.Equal("Only an Approved practice can be revised; 'p-1' is Submitted.", error.Message);
    }

    [Fact]
    public void Approve_WithoutApprover_NamesApproverParameter()
    {
        var error = Assert.Throws<ArgumentException>(() => Draft().Submit().Approve("", Now));

        Assert.Equal("approverId", error.ParamName);
        Assert.StartsWith("An approval needs the approver's id.", error.Message, StringComparison.Ordinal);
    }
}
