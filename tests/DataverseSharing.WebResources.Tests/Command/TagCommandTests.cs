using DataverseSharing.Plugins.Schema;
using Microsoft.Playwright;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebResources.Tests.Command;

/// <summary>
/// "Tag as practice source" on the opportunity's command bar, in the command bar host over serve's Web API: shown on
/// closed deals for managers, the dialog's notes written as the caller, and the tag plug-in's refusal shown as text.
/// </summary>
public sealed class TagCommandTests : IClassFixture<PanelHost>
{
    private readonly PanelHost host;

    public TagCommandTests(PanelHost host) => this.host = host;

    private static ILocator Button(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Tag as practice source" });

    private static IFrameLocator Dialog(IPage page) => page.FrameLocator("#dvs-dialog");

    [Fact]
    public async Task Tag_WonDealAsManager_WritesTheTagWithTheNotesAndADraftFollows()
    {
        var deal = host.Org.Deal(won: true, name: "Northwind - Planning rollout tag");
        var page = await host.OpenCommandAsync(deal, host.Org.Manager, "Sales Manager", "Practice Contributor");

        await Button(page).ClickAsync();
        var notes = Dialog(page).GetByLabel("What made this deal worth learning from?");
        await Assertions.Expect(notes).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Brought the CFO in <b>early</b>");
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Tag", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.refreshed === 1");

        await Assertions.Expect(page.Locator("#dvs-dialog")).ToHaveCountAsync(0);
        var stored = host.Org.System.Retrieve(OpportunitySchema.Table, deal, new ColumnSet(OpportunitySchema.IsPracticeSource, OpportunitySchema.PracticeSourceNote));
        Assert.True(stored.GetAttributeValue<bool>(OpportunitySchema.IsPracticeSource));
        Assert.Equal("Brought the CFO in <b>early</b>", stored.GetAttributeValue<string>(OpportunitySchema.PracticeSourceNote));
        host.Org.Org.AsyncJobs.Drain();
        Assert.Single(host.Org.PracticesFrom(deal));
        await PanelHost.ScreenshotAsync(page, "tag-command");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Command_OpenDealForAManager_IsHidden()
    {
        var deal = host.Org.Deal(won: null, name: "Northwind - Planning rollout open");
        var page = await host.OpenCommandAsync(deal, host.Org.Manager, "Sales Manager");

        await Assertions.Expect(Button(page)).ToBeHiddenAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Command_LostDealForARep_IsHidden()
    {
        var deal = host.Org.Deal(won: false, name: "Northwind - Planning rollout lost");
        var page = await host.OpenCommandAsync(deal, host.Org.Rep, "Salesperson", "Practice Contributor");

        await Assertions.Expect(Button(page)).ToBeHiddenAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Tag_RepWhoseClientClaimsAManagerRole_IsRefusedByDataverseAndShownAsText()
    {
        // The enable rule only reads what the client says; the tag plug-in checks the caller's real roles.
        var deal = host.Org.Deal(won: true, name: "Northwind - Planning rollout forged");
        var page = await host.OpenCommandAsync(deal, host.Org.Rep, "Sales Manager");

        await Button(page).ClickAsync();
        await Dialog(page).GetByLabel("What made this deal worth learning from?").FillAsync("I would like the credit");
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Tag", Exact = true }).ClickAsync();

        var alert = Dialog(page).GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await alert.TextContentAsync()));
        var stored = host.Org.System.Retrieve(OpportunitySchema.Table, deal, new ColumnSet(OpportunitySchema.IsPracticeSource));
        Assert.False(stored.GetAttributeValue<bool>(OpportunitySchema.IsPracticeSource));
        Assert.Empty(host.Dialogs);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Tag_EmptyNotes_AsksForThemAndWritesNothing()
    {
        var deal = host.Org.Deal(won: true, name: "Northwind - Planning rollout empty");
        var page = await host.OpenCommandAsync(deal, host.Org.Manager, "Sales Manager");

        await Button(page).ClickAsync();
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Tag", Exact = true }).ClickAsync();

        await Assertions.Expect(Dialog(page).GetByRole(AriaRole.Alert)).ToHaveTextAsync("Say what made this deal worth learning from.");
        var stored = host.Org.System.Retrieve(OpportunitySchema.Table, deal, new ColumnSet(OpportunitySchema.IsPracticeSource));
        Assert.False(stored.GetAttributeValue<bool>(OpportunitySchema.IsPracticeSource));
        await page.CloseAsync();
    }
}
