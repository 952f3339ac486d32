using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class PracticeChangeRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);
    private static readonly PracticeActor Approver = new() { UserId = "a", IsApprover = true };
    private static readonly PracticeActor Administrator = new() { UserId = "x", IsAdministrator = true };

    private static readonly Practice Complete = new() { Title = "Price the bundle", Summary = "s", Body = "b" };

    private static PracticeChange Move(PracticeStatus? from, PracticeStatus to, PracticeActor? actor = null, Practice? after = null) => new()
    {
        From = from,
        To = to,
        After = after ?? Complete,
        Actor = actor ?? PracticeActor.Contributor,
        NowUtc = Now,
    };

    [Theory]
    [InlineData(PracticeStatus.Draft, PracticeStatus.Submitted)]
    [InlineData(PracticeStatus.Rejected, PracticeStatus.Draft)]
    public void Refusal_ContributorMovesOwnWork_Null(PracticeStatus from, PracticeStatus to)
    {
        Assert.Null(PracticeChangeRules.Refusal(Move(from, to)));
    }

    [Theory]
    [InlineData(PracticeStatus.Submitted, PracticeStatus.Approved)]
    [InlineData(PracticeStatus.Submitted, PracticeStatus.Rejected)]
    [InlineData(PracticeStatus.Approved, PracticeStatus.Retired)]
    public void Refusal_DecisionByContributor_NamesTheApproverRole(PracticeStatus from, PracticeStatus to)
    {
        var refusal = PracticeChangeRules.Refusal(Move(from, to));

        Assert.StartsWith($"Only a Practice Approver can {PracticeChangeRules.VerbFor(to)} a practice", refusal, StringComparison.Ordinal);
        Assert.Null(PracticeChangeRules.Refusal(Move(from, to, Approver)));
    }

    [Theory]
    [InlineData(PracticeStatus.Draft, PracticeStatus.Approved)]
    [InlineData(PracticeStatus.Rejected, PracticeStatus.Approved)]
    [InlineData(PracticeStatus.Retired, PracticeStatus.Approved)]
    [InlineData(PracticeStatus.Approved, PracticeStatus.Draft)]
    [InlineData(PracticeStatus.Retired, PracticeStatus.Draft)]
    public void Refusal_IllegalMoveEvenForApprover_SaysWhatIsLegal(PracticeStatus from, PracticeStatus to)
    {
        var refusal = PracticeChangeRules.Refusal(Move(from, to, Approver));

        Assert.StartsWith($"The practice \"Price the bundle\" is {from}, so it cannot be", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_AdministratorAnyMove_Null()
    {
        foreach (var from in Enum.GetValues<PracticeStatus>())
        {
            foreach (var to in Enum.GetValues<PracticeStatus>())
            {
                Assert.Null(PracticeChangeRules.Refusal(Move(from, to, Administrator) with { ChangesContent = true }));
            }
        }
    }

    [Fact]
    public void Refusal_SubmitWithoutSummaryAndBody_NamesBoth()
    {
        var refusal = PracticeChangeRules.Refusal(Move(PracticeStatus.Draft, PracticeStatus.Submitted, after: new Practice { Title = "T", Body = " " }));

        Assert.Equal("The practice \"T\" cannot be submitted yet: it needs a summary, a body.", refusal);
    }

    [Fact]
    public void Refusal_ApproveExpired_NamesTheDate()
    {
        var expired = Complete with { ExpiresOnUtc = Now };

        var refusal = PracticeChangeRules.Refusal(Move(PracticeStatus.Submitted, PracticeStatus.Approved, Approver, expired));

        Assert.Equal("The practice \"Price the bundle\" expired on 2026-03-02; set a later expiry date before you approve it.", refusal);
        Assert.Null(PracticeChangeRules.Refusal(Move(PracticeStatus.Submitted, PracticeStatus.Approved, Approver, Complete with { ExpiresOnUtc = Now.AddSeconds(1) })));
    }

    [Fact]
    public void Refusal_ApprovedContentChanged_PointsToRevise()
    {
        var refusal = PracticeChangeRules.Refusal(Move(PracticeStatus.Approved, PracticeStatus.Approved, Approver) with { ChangesContent = true });

        Assert.Contains("is approved, so its content is read-only; revise it", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_ApprovedStatisticsOnly_Null()
    {
        Assert.Null(PracticeChangeRules.Refusal(Move(PracticeStatus.Approved, PracticeStatus.Approved)));
    }

    [Theory]
    [InlineData(PracticeStatus.Submitted)]
    [InlineData(PracticeStatus.Approved)]
    public void Refusal_CreateNotAsDraftByApprover_OnlyAdministrator(PracticeStatus to)
    {
        Assert.StartsWith("A new practice starts as Draft", PracticeChangeRules.Refusal(Move(null, to, Approver)), StringComparison.Ordinal);
        Assert.Null(PracticeChangeRules.Refusal(Move(null, to, Administrator)));
    }

    [Fact]
    public void Refusal_RevisionOfNonApproved_Refused()
    {
        var refusal = PracticeChangeRules.Refusal(Move(null, PracticeStatus.Draft) with { RevisedFrom = PracticeStatus.Submitted });

        Assert.StartsWith("Only an approved practice can be revised", refusal, StringComparison.Ordinal);
        Assert.Null(PracticeChangeRules.Refusal(Move(null, PracticeStatus.Draft) with { RevisedFrom = PracticeStatus.Approved }));
    }

    [Fact]
    public void Refusal_ApprovalStampsWrittenByApprover_Refused()
    {
        Assert.Contains("set by the approval itself", PracticeChangeRules.Refusal(Move(PracticeStatus.Approved, PracticeStatus.Approved, Approver) with { SetsApprovalStamps = true }), StringComparison.Ordinal);
        Assert.Contains("a new draft cannot carry them", PracticeChangeRules.Refusal(Move(null, PracticeStatus.Draft) with { SetsApprovalStamps = true }), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_ApproveThroughSetState_Refused()
    {
        Assert.Contains("SetState carries neither", PracticeChangeRules.Refusal(Move(PracticeStatus.Submitted, PracticeStatus.Approved, Approver) with { ThroughSetState = true }), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_PreviousVersionChangedOnUpdate_Refused()
    {
        Assert.Contains("is fixed when the revision is made", PracticeChangeRules.Refusal(Move(PracticeStatus.Draft, PracticeStatus.Draft) with { ChangesPreviousVersion = true }), StringComparison.Ordinal);
    }
}
