using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class PracticeSourceDraftTests
{
    private static readonly ClosedDeal Won = new()
    {
        Id = "3f2b0c1e-0000-0000-0000-000000000001",
        Name = "Northwind rollout",
        Won = true,
        Notes = "  Priced against the bundle.  ",
        OwnerId = "rep",
        Deal = new DealContext
        {
            Industry = "Consulting",
            Region = "Europe",
            Stage = SalesStage.Propose,
            EstimatedValue = 2_000_000m,
            Products = ["Planning"],
            Competitors = ["Contoso"],
            BuyerRoles = ["CFO"],
            Description = "A planning rollout.",
        },
    };

    [Fact]
    public void From_WonDeal_PrefillsFactsAndCreditsOwnerAndTagger()
    {
        var draft = PracticeSourceDraft.From(Won, "manager");

        Assert.Equal(PracticeStatus.Draft, draft.Status);
        Assert.Equal("Lessons from Northwind rollout (won)", draft.Title);
        Assert.Equal("Priced against the bundle.", draft.Summary);
        Assert.Contains("Close notes: Priced against the bundle.", draft.Body, StringComparison.Ordinal);
        Assert.Contains("The deal: A planning rollout.", draft.Body, StringComparison.Ordinal);
        Assert.Equal(["Consulting"], draft.Industries);
        Assert.Equal(["Europe"], draft.Regions);
        Assert.Equal([SalesStage.Propose], draft.SalesStages);
        Assert.Equal(DealSizeBand.Enterprise, draft.DealSizeBand);
        Assert.Equal(["Planning"], draft.ProductFamilies);
        Assert.Equal(["Contoso"], draft.Competitors);
        Assert.Equal(["CFO"], draft.BuyerRoles);
        Assert.Equal(PracticeTopic.CompetitiveDisplacement, draft.Topic);
        Assert.Equal(Won.Id, draft.SourceOpportunityId);
        Assert.Equal(["rep", "manager"], draft.Contributors);
    }

    [Fact]
    public void From_OwnerTagsOwnDeal_CreditedOnce()
    {
        Assert.Equal(["rep"], PracticeSourceDraft.From(Won, "REP").Contributors.Select(c => c.ToLowerInvariant()));
    }

    [Fact]
    public void From_LongNameAndNoNotes_ClipsTitleAndWritesASummary()
    {
        var draft = PracticeSourceDraft.From(Won with { Name = new string('n', 400), Notes = "", Won = false }, "m");

        Assert.Equal(PracticeSourceDraft.MaxTitleLength, draft.Title.Length);
        Assert.EndsWith("(lost).", draft.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_OpenDeal_SaysCloseItFirst()
    {
        Assert.Equal("\"Northwind rollout\" is still open; close it as won or lost before tagging it as a practice source.", PracticeSourceDraft.Refusal(Won with { Won = null }, callerIsManager: true));
    }

    [Fact]
    public void Refusal_NotManager_NamesTheRoles()
    {
        Assert.Equal("Only a sales manager can tag \"Northwind rollout\" as a practice source; you need the Sales Manager or Practice Approver role.", PracticeSourceDraft.Refusal(Won, callerIsManager: false));
        Assert.Null(PracticeSourceDraft.Refusal(Won, callerIsManager: true));
    }

    [Fact]
    public void From_OpenDeal_Throws()
    {
        Assert.Throws<ArgumentException>(() => PracticeSourceDraft.From(Won with { Won = null }, "m"));
    }
}
