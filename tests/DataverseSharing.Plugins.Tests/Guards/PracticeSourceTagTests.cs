using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Guards;

public sealed class PracticeSourceTagTests : IDisposable
{
    private readonly GuardedOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void Tag_ManagerOnWonDeal_CreatesOneDraftPrefilledFromTheDeal()
    {
        var deal = org.Deal(won: true);

        org.Tag(org.Manager, deal, "Multi-threaded the CFO early.");

        var draft = Assert.Single(org.PracticesFrom(deal));
        Assert.Equal(BestPracticeSchema.StatusDraft, draft.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode)!.Value);
        Assert.Equal(PracticeKeys.ForSourceDeal(deal), draft.GetAttributeValue<string>(BestPracticeSchema.PracticeKey));
        Assert.Equal("Lessons from Northwind - Planning rollout (won)", draft.GetAttributeValue<string>(BestPracticeSchema.Name));
        Assert.Equal("Multi-threaded the CFO early.", draft.GetAttributeValue<string>(BestPracticeSchema.Summary));
        Assert.Equal("Consulting", draft.GetAttributeValue<string>(BestPracticeSchema.Industries));
        Assert.Equal("Contoso; Litware", draft.GetAttributeValue<string>(BestPracticeSchema.Competitors));
        Assert.Equal("CFO", draft.GetAttributeValue<string>(BestPracticeSchema.BuyerRoles));
        Assert.Equal("Planning", draft.GetAttributeValue<string>(BestPracticeSchema.ProductFamilies));
        Assert.Equal(BestPracticeSchema.FirstDealSizeBandValue + (int)DealSizeBand.Medium, draft.GetAttributeValue<OptionSetValue>(BestPracticeSchema.DealSizeBand)!.Value);
        Assert.Equal(new[] { 3 }, draft.GetAttributeValue<OptionSetValueCollection>(BestPracticeSchema.SalesStages)!.Select(v => v.Value));
        Assert.Equal(org.Manager, draft.GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(new[] { org.Rep, org.Manager }.OrderBy(g => g), org.Contributors(draft.Id).OrderBy(g => g));
    }

    [Fact]
    public void Tag_LostDeal_DraftSaysLost()
    {
        var deal = org.Deal(won: false);

        org.Tag(org.Approver, deal);

        Assert.EndsWith("(lost)", Assert.Single(org.PracticesFrom(deal)).GetAttributeValue<string>(BestPracticeSchema.Name), StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_Twice_KeepsOneDraft()
    {
        var deal = org.Deal(won: true);

        org.Tag(org.Manager, deal, "first");
        org.Tag(org.Approver, deal, "second");

        Assert.Equal("first", Assert.Single(org.PracticesFrom(deal)).GetAttributeValue<string>(BestPracticeSchema.Summary));
    }

    [Fact]
    public void Tag_ClearedAndSetAgain_KeepsOneDraft()
    {
        var deal = org.Deal(won: true);
        org.Tag(org.Manager, deal);

        org.As(org.Manager).Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.IsPracticeSource] = false });
        org.Tag(org.Manager, deal);

        Assert.Single(org.PracticesFrom(deal));
    }

    [Fact]
    public async Task Tag_TwoManagersAtOnce_MakeOneDraft()
    {
        var deal = org.Deal(won: true);
        using var start = new Barrier(2);

        var tags = new[] { org.Manager, org.Approver }.Select(user => Task.Run(() =>
        {
            start.SignalAndWait();
            org.Tag(user, deal);
        })).ToArray();
        await Task.WhenAll(tags);

        Assert.Single(org.PracticesFrom(deal));
    }

    [Fact]
    public void Tag_OpenDeal_RefusedWithReasonAndNoDraft()
    {
        var deal = org.Deal(won: null);

        var fault = LocalEngine.Fault(() => org.Tag(org.Manager, deal));

        Assert.Equal("\"Northwind - Planning rollout\" is still open; close it as won or lost before tagging it as a practice source.", fault.Message);
        Assert.Empty(org.PracticesFrom(deal));
        Assert.NotEqual(true, org.System.Retrieve(OpportunitySchema.Table, deal, new Microsoft.Xrm.Sdk.Query.ColumnSet(OpportunitySchema.IsPracticeSource)).GetAttributeValue<bool?>(OpportunitySchema.IsPracticeSource));
    }

    [Fact]
    public void Tag_ByRep_RefusedNamingTheRole()
    {
        var deal = org.Deal(won: true);

        // Salesperson may write the rep's own opportunity, so the privilege check passes and the guard decides.
        var fault = LocalEngine.Fault(() => org.Tag(org.Rep, deal));

        Assert.StartsWith("Only a sales manager can tag \"Northwind - Planning rollout\"", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.PracticesFrom(deal));
    }

    [Fact]
    public void Tag_ByAdministrator_Allowed()
    {
        var deal = org.Deal(won: true);

        org.Tag(org.Admin, deal);

        Assert.Single(org.PracticesFrom(deal));
    }

    [Fact]
    public void Untag_OpenDeal_AllowedAndCreatesNothing()
    {
        var deal = org.Deal(won: null);

        org.As(org.Manager).Update(new Entity(OpportunitySchema.Table, deal) { [OpportunitySchema.IsPracticeSource] = false });

        Assert.Empty(org.PracticesFrom(deal));
    }
}
