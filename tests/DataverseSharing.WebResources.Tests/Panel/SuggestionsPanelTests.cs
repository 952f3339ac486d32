using DataverseSharing.Plugins.Schema;
using Microsoft.Playwright;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.WebResources.Tests.Panel;

/// <summary>The suggestions panel in the form host, over serve's Web API with the package's plug-ins and security.</summary>
public sealed class SuggestionsPanelTests : IClassFixture<PanelHost>
{
    private const string Hostile = "<img src=x onerror=alert(1)>";
    private readonly PanelHost host;

    public SuggestionsPanelTests(PanelHost host)
    {
        this.host = host;
        if (!seeded.Contains(host))
        {
            host.Practice("Quantify the planning rollout payback with the CFO", "bp-payback");
            host.Practice(Hostile, "bp-hostile");
            seeded.Add(host);
        }
    }

    private static readonly HashSet<PanelHost> seeded = [];

    private static IFrameLocator Panel(IPage page) => page.FrameLocator("#WebResource_dvs_suggestions");

    private static ILocator Card(IPage page, string title) =>
        Panel(page).Locator("li.card").Filter(new LocatorFilterOptions { Has = Panel(page).GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    [Fact]
    public async Task Panel_HostileTitle_ShownAsTextAndNoScriptRuns()
    {
        var deal = host.Deal("Northwind - Planning rollout xss");
        var page = await host.OpenAsync(deal, host.Org.Rep);
        var title = Panel(page).GetByRole(AriaRole.Heading, new() { Name = Hostile, Exact = true });
        await Assertions.Expect(title).ToBeVisibleAsync();
        Assert.Equal(0, await Panel(page).Locator("img").CountAsync());
        Assert.Empty(host.Dialogs);
        await PanelHost.ScreenshotAsync(page, "hostile-title");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Apply_ByKeyboard_WritesAppliedStatus()
    {
        var deal = host.Deal("Northwind - Planning rollout apply");
        var page = await host.OpenAsync(deal, host.Org.Rep);
        var card = Card(page, "Quantify the planning rollout payback with the CFO");
        var apply = card.GetByRole(AriaRole.Button, new() { Name = "Apply Quantify the planning rollout payback with the CFO" });
        await Assertions.Expect(apply).ToBeEnabledAsync();
        await apply.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Apply Quantify the planning rollout payback with the CFO" })).ToHaveTextAsync("Applied");
        var row = host.Rows(deal).Single(r => r.GetAttributeValue<string>(PracticeSuggestionSchema.Name)?.Contains("payback", StringComparison.Ordinal) == true
            || r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice) is not null && r.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)!.Value == PracticeSuggestionSchema.StatusApplied);
        Assert.Equal(PracticeSuggestionSchema.StatusApplied, row.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)!.Value);
        await PanelHost.ScreenshotAsync(page, "applied");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Dismiss_WithReason_WritesDismissedAndReason()
    {
        var deal = host.Deal("Northwind - Planning rollout dismiss");
        var page = await host.OpenAsync(deal, host.Org.Rep);
        var card = Card(page, "Quantify the planning rollout payback with the CFO");
        await card.GetByRole(AriaRole.Button, new() { Name = "Dismiss Quantify the planning rollout payback with the CFO" }).ClickAsync();
        var reason = card.GetByLabel("Why doesn't it fit this deal?");
        await Assertions.Expect(reason).ToBeFocusedAsync();
        await reason.FillAsync("The CFO is not in this deal");
        await card.GetByRole(AriaRole.Button, new() { Name = "Dismiss it" }).ClickAsync();
        await Assertions.Expect(card.Locator(".badge")).ToHaveTextAsync("Dismissed");
        var row = host.Rows(deal).Single(r => r.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)!.Value == PracticeSuggestionSchema.StatusDismissed);
        Assert.Equal("The CFO is not in this deal", row.GetAttributeValue<string>(PracticeSuggestionSchema.DismissReason));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Rate_FourStars_WritesRating()
    {
        var deal = host.Deal("Northwind - Planning rollout rate");
        var page = await host.OpenAsync(deal, host.Org.Rep);
        var card = Card(page, "Quantify the planning rollout payback with the CFO");
        await card.GetByRole(AriaRole.Button, new() { Name = "4 of 5 stars" }).ClickAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "4 of 5 stars" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Contains(host.Rows(deal), r => r.GetAttributeValue<int?>(PracticeSuggestionSchema.Rating) == 4);
        await page.CloseAsync();
    }

    [Fact]
    public async Task StageChange_AfterSave_CallsTheApiAgain()
    {
        var deal = host.Deal("Northwind - Planning rollout stage");
        var page = await host.OpenAsync(deal, host.Org.Rep);
        await Assertions.Expect(Panel(page).Locator("li.card").First).ToBeVisibleAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.executeCalls"));
        await page.EvaluateAsync("() => { const a = formContext.getAttribute('salesstage'); a.setValue(3); a.fireOnChange(); }");
        await Assertions.Expect(Panel(page).Locator(".notice")).ToContainTextAsync("refresh when it is saved");
        await page.EvaluateAsync("() => formContext.data.save()");
        await Assertions.Expect(Panel(page).Locator(".notice")).ToBeHiddenAsync();
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.executeCalls"));
        Assert.Equal(3, host.Org.System.Retrieve(OpportunitySchema.Table, deal, new Microsoft.Xrm.Sdk.Query.ColumnSet(OpportunitySchema.SalesStage)).GetAttributeValue<OptionSetValue>(OpportunitySchema.SalesStage)!.Value);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Panel_CallerWithoutRoles_ShowsNoPermission()
    {
        var nobody = host.Org.System.Create(new Entity("systemuser")
        {
            ["firstname"] = "No", ["lastname"] = "Roles", ["domainname"] = "noroles@fabrikam.test",
            ["businessunitid"] = new EntityReference("businessunit", host.Org.Sales),
        });
        var deal = host.Deal("Northwind - Planning rollout nobody");
        var page = await host.OpenAsync(deal, nobody);
        await Assertions.Expect(Panel(page).GetByRole(AriaRole.Alert)).ToContainTextAsync("You don't have permission");
        await PanelHost.ScreenshotAsync(page, "no-permission");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Panel_FailedCall_ShowsErrorAndRetry()
    {
        var deal = host.Deal("Northwind - Planning rollout failed");
        var page = await host.OpenAsync(deal, host.Org.Rep, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503, ContentType = "application/json", Body = "{\"error\":{\"code\":\"0x80040216\",\"message\":\"Service unavailable\"}}",
        }));
        await Assertions.Expect(Panel(page).GetByRole(AriaRole.Alert)).ToContainTextAsync("could not be loaded");
        await Assertions.Expect(Panel(page).GetByRole(AriaRole.Button, new() { Name = "Try again to load the suggestions" })).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Panel_EmptyLibrary_SaysSo()
    {
        var deal = host.Deal("Northwind - Planning rollout empty");
        var page = await host.OpenAsync(deal, host.Org.Rep, async route =>
        {
            var json = "{\"opportunityId\":null,\"name\":\"x\",\"stage\":null,\"libraryCount\":0,\"suggestions\":[],\"requested\":5,\"eligibleCount\":0,\"maxPerTopic\":2,\"note\":null}";
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = Newtonsoft.Json.JsonConvert.SerializeObject(new { SuggestionsJson = json }) });
        });
        await Assertions.Expect(Panel(page).Locator("#dvs-message")).ToContainTextAsync("The practice library is empty.");
        await page.CloseAsync();
    }
}
