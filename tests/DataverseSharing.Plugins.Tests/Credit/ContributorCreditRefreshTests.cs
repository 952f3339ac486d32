using DataverseSharing.Plugins.Credit;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Credit;
using DataverseSharing.Testing.Engine;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Credit;

/// <summary>The credit step on the engine, with the tag and lifecycle guards, security on, async jobs drained as the console does.</summary>
public sealed class ContributorCreditRefreshTests : IDisposable
{
    private readonly GuardedOrg org = new();

    public void Dispose() => org.Dispose();

    private void Drain()
    {
        var result = org.Org.AsyncJobs.Drain();
        Assert.True(result.Failed == 0 && result.Postponed == 0, $"{result.Failed} failed, {result.Postponed} postponed");
    }

    [Fact]
    public void Tag_ByManager_CreditsTheTagToTheManagerAndTheDraftToOwnerAndManager()
    {
        var deal = org.Deal(won: true);

        org.Tag(org.Manager, deal);
        Drain();

        Assert.Equal((1, 1, 0, 0), CreditRows.Counts(org.System, org.Manager));
        Assert.Equal((1, 0, 0, 0), CreditRows.Counts(org.System, org.Rep));
        Assert.Equal(org.Manager, org.System.Retrieve(OpportunitySchema.Table, deal, new(OpportunitySchema.TaggedBy)).GetAttributeValue<EntityReference>(OpportunitySchema.TaggedBy)!.Id);
    }

    [Fact]
    public void Tag_AgainByAnotherManager_KeepsTheFirstTaggersCredit()
    {
        var deal = org.Deal(won: true);

        org.Tag(org.Manager, deal);
        org.Tag(org.Approver, deal);
        Drain();

        Assert.Equal(1, CreditRows.Counts(org.System, org.Manager).Tagged);
        Assert.Equal(0, CreditRows.Counts(org.System, org.Approver).Tagged);
    }

    [Fact]
    public void Tag_Cleared_TakesTheTagCreditBack()
    {
        var deal = org.Deal(won: true);
        org.Tag(org.Manager, deal);
        Drain();

        org.As(org.Manager).Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.IsPracticeSource] = false });
        Drain();

        Assert.Equal(0, CreditRows.Counts(org.System, org.Manager).Tagged);
    }

    [Fact]
    public void Apply_OnAnotherRepsDeal_CountsAndItsWinCountsOnceClosed()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Manager);
        var deal = org.Deal(won: null);
        var suggestion = CreditRows.Suggest(org.System, deal, practice);

        CreditRows.SetStatus(org.System, suggestion, PracticeSuggestionSchema.StatusApplied);
        Drain();
        var applied = CreditRows.Counts(org.System, org.Manager);
        Win(deal);
        Drain();

        Assert.Equal((1, 0, 1, 0), applied);
        Assert.Equal((1, 0, 1, 1), CreditRows.Counts(org.System, org.Manager));
    }

    [Fact]
    public void Assign_DealToTheContributor_TheApplicationNoLongerEarnsCredit()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Manager);
        var deal = org.Deal(won: null);
        CreditRows.Suggest(org.System, deal, practice, PracticeSuggestionSchema.StatusApplied);
        Win(deal);
        Drain();
        var before = CreditRows.Counts(org.System, org.Manager);

        // The manager now owns the deal: applying their own practice on their own deal is not credit.
        org.System.Execute(new AssignRequest { Target = new EntityReference(OpportunitySchema.Table, deal), Assignee = new EntityReference("systemuser", org.Manager) });
        Drain();

        Assert.Equal((1, 0, 1, 1), before);
        Assert.Equal((1, 0, 0, 0), CreditRows.Counts(org.System, org.Manager));
    }

    [Fact]
    public void Assign_DealFromTheContributorToAnotherRep_TheApplicationAndItsWinEarnCredit()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Rep);
        var deal = org.Deal(won: null);
        CreditRows.Suggest(org.System, deal, practice, PracticeSuggestionSchema.StatusApplied);
        Win(deal);
        Drain();
        Assert.Equal((1, 0, 0, 0), CreditRows.Counts(org.System, org.Rep));

        org.System.Execute(new AssignRequest { Target = new EntityReference(OpportunitySchema.Table, deal), Assignee = new EntityReference("systemuser", org.Manager) });
        Drain();

        Assert.Equal((1, 0, 1, 1), CreditRows.Counts(org.System, org.Rep));
    }

    [Fact]
    public void Delete_TaggedDealWithAnAppliedSuggestion_TakesTheTagAndTheApplicationBack()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Approver);
        var deal = org.Deal(won: null);
        CreditRows.Suggest(org.System, deal, practice, PracticeSuggestionSchema.StatusApplied);
        Win(deal);
        org.Tag(org.Manager, deal);
        Drain();
        var approverBefore = CreditRows.Counts(org.System, org.Approver);
        var managerBefore = CreditRows.Counts(org.System, org.Manager).Tagged;

        org.System.Delete(OpportunitySchema.Table, deal);
        Drain();

        Assert.Equal((1, 0, 1, 1), approverBefore);
        Assert.Equal(1, managerBefore);
        Assert.Equal((1, 0, 0, 0), CreditRows.Counts(org.System, org.Approver));
        Assert.Equal(0, CreditRows.Counts(org.System, org.Manager).Tagged);
    }

    [Fact]
    public void Apply_OnTheContributorsOwnDeal_EarnsNoCredit()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Rep);
        var deal = org.Deal(won: null);

        CreditRows.Suggest(org.System, deal, practice, PracticeSuggestionSchema.StatusApplied);
        Win(deal);
        Drain();

        Assert.Equal((1, 0, 0, 0), CreditRows.Counts(org.System, org.Rep));
    }

    [Fact]
    public void Apply_UndoneOrRowDeleted_TakesTheCreditBack()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Manager);
        var first = CreditRows.Suggest(org.System, org.Deal(won: null), practice, PracticeSuggestionSchema.StatusApplied);
        var second = CreditRows.Suggest(org.System, org.Deal(won: null, name: "Second"), practice, PracticeSuggestionSchema.StatusApplied);
        Drain();
        Assert.Equal(2, CreditRows.Counts(org.System, org.Manager).Applied);

        CreditRows.SetStatus(org.System, first, PracticeSuggestionSchema.StatusDismissed);
        org.System.Delete(PracticeSuggestionSchema.Table, second);
        Drain();

        Assert.Equal(0, CreditRows.Counts(org.System, org.Manager).Applied);
    }

    [Fact]
    public void Revise_CopiesTheContributorsAndCountsThePracticeOnce()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved, "p-1");
        CreditRows.Credit(org.System, practice, org.Rep, org.Manager);

        var revision = org.As(org.Approver).Create(new Entity(BestPracticeSchema.Table)
        {
            [BestPracticeSchema.Name] = "Price against the bundle",
            [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue + 6),
            [BestPracticeSchema.PreviousVersion] = new EntityReference(BestPracticeSchema.Table, practice),
        });
        Drain();

        Assert.Equal(new[] { org.Rep, org.Manager }.Order(), org.Contributors(revision).Order());
        Assert.Equal(1, CreditRows.Counts(org.System, org.Rep).Practices);
        Assert.Equal(0, CreditRows.Counts(org.System, org.Approver).Practices);
    }

    [Fact]
    public void Unlink_AndDeletePractice_TakeThePracticeCreditBack()
    {
        var kept = org.Practice(org.Admin, BestPracticeSchema.StatusApproved, "p-1");
        var deleted = org.Practice(org.Admin, BestPracticeSchema.StatusApproved, "p-2");
        var unlinked = org.Practice(org.Admin, BestPracticeSchema.StatusApproved, "p-3");
        foreach (var practice in new[] { kept, deleted, unlinked })
        {
            CreditRows.Credit(org.System, practice, org.Rep);
        }

        Drain();
        Assert.Equal(3, CreditRows.Counts(org.System, org.Rep).Practices);

        org.System.Delete(BestPracticeSchema.Table, deleted);
        org.System.Disassociate(BestPracticeSchema.Table, unlinked, new Relationship(BestPracticeSchema.ContributorRelationship),
            new EntityReferenceCollection { new EntityReference("systemuser", org.Rep) });
        Drain();

        Assert.Equal(1, CreditRows.Counts(org.System, org.Rep).Practices);
    }

    [Fact]
    public void Credit_Row_IsOwnedByTheUserAndReadableOnlyByThemAndApprovers()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Rep, org.Manager);
        Drain();

        var repRow = CreditRows.Of(org.System, org.Rep)!;
        Assert.Equal(org.Rep, repRow.GetAttributeValue<EntityReference>(ContributorCreditSchema.Owner)!.Id);
        Assert.Equal("Riley Rep", repRow.GetAttributeValue<string>(ContributorCreditSchema.Name));
        Assert.NotNull(CreditRows.Of(org.As(org.Rep), org.Rep));
        Assert.Null(CreditRows.Of(org.As(org.Rep), org.Manager));
        Assert.NotNull(CreditRows.Of(org.As(org.Approver), org.Rep));
        Assert.NotNull(CreditRows.Of(org.As(org.Approver), org.Manager));
    }

    private void Win(Guid deal) => org.System.Execute(new WinOpportunityRequest
    {
        OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(OpportunitySchema.Table, deal), ["subject"] = "won" },
        Status = new OptionSetValue(3),
    });
}
