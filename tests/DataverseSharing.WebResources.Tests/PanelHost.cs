using DataverseSharing.Plugins.Schema;
using DataverseSharing.Serve;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Engine;
using Microsoft.Playwright;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebResources.Tests;

/// <summary>
/// One headless Debian Chromium per test class, and the package's org (security on, its plug-ins) served on
/// 127.0.0.1. Pages open the form host (Host/form.html) and the built web resources same-origin with the server:
/// Playwright answers /webresources/... from disk, the rest goes to serve's Web API.
/// </summary>
public sealed class PanelHost : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    public GuardedOrg Org { get; } = new();

    public LocalWebApiServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright playwright = null!;

    public string Origin => Server.Url.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {Chromium}: run .ci/install-test-deps (apt-get install chromium).");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Server = await LocalWebApiServer.StartAsync(Org.Org, new LocalWebApiServerOptions { DefaultUserId = Org.Admin });
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await Server.DisposeAsync();
        Org.Dispose();
    }

    /// <summary>An approved practice titled <paramref name="title"/>, written by the admin as the library would hold it.</summary>
    public Guid Practice(string title, string key) =>
        Org.As(Org.Admin).Create(new Entity(BestPracticeSchema.Table)
        {
            [BestPracticeSchema.Name] = title,
            [BestPracticeSchema.PracticeKey] = key,
            [BestPracticeSchema.Summary] = "Put the numbers in front of the CFO.",
            [BestPracticeSchema.Body] = "Walk the planning rollout's payback with the CFO.",
            [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue + 6),
            [BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusApproved),
        });

    /// <summary>An open deal of the rep's whose suggestion rows the asynchronous step has written.</summary>
    public Guid Deal(string name)
    {
        var id = Org.Deal(won: null, name: name);
        Org.Org.AsyncJobs.Drain();
        return id;
    }

    public IReadOnlyList<Entity> Rows(Guid deal)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, deal);
        return Org.System.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>A 300 px wide page showing the form host for <paramref name="deal"/>, acting as <paramref name="caller"/>.</summary>
    public async Task<IPage> OpenAsync(Guid deal, Guid caller, Func<IRoute, Task>? api = null)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 340, Height = 1000 } });
        page.Dialog += (_, dialog) => Dialogs.Add(dialog.Message);
        await page.AddInitScriptAsync($"window.hostConfig = {{ token: '{Server.Token}', dealId: '{deal:D}', caller: '{caller:D}' }};");
        await page.RouteAsync(Origin + "/webresources/**", ServeWebResourceAsync);
        if (api is not null)
        {
            await page.RouteAsync(Origin + "/api/data/v9.2/dvs_SuggestPractices", api);
        }

        await page.GotoAsync(Origin + "/webresources/form.html");
        return page;
    }

    /// <summary>
    /// A page showing the command bar host (Host/command.html) for <paramref name="deal"/>, acting as
    /// <paramref name="caller"/>, whose role names the client reports as <paramref name="roles"/>.
    /// </summary>
    public async Task<IPage> OpenCommandAsync(Guid deal, Guid caller, params string[] roles)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 480, Height = 600 } });
        page.Dialog += (_, dialog) => Dialogs.Add(dialog.Message);
        var names = string.Join(", ", roles.Select(r => $"'{r}'"));
        await page.AddInitScriptAsync($"window.hostConfig = {{ token: '{Server.Token}', dealId: '{deal:D}', caller: '{caller:D}', roles: [{names}] }};");
        await page.RouteAsync(Origin + "/webresources/**", ServeWebResourceAsync);
        await page.GotoAsync(Origin + "/webresources/command.html");
        await page.WaitForFunctionAsync("() => window.hostReady === true");
        return page;
    }

    public List<string> Dialogs { get; } = [];

    // The host pages from Host/, the built web resources from Solution/src/WebResources, same-origin with the server.
    private static async Task ServeWebResourceAsync(IRoute route)
    {
        var path = new Uri(route.Request.Url).AbsolutePath["/webresources/".Length..];
        var file = path is "form.html" or "command.html"
            ? Path.Combine(AppContext.BaseDirectory, "Host", path)
            : Path.Combine(RepositoryPaths.SolutionSource, "WebResources", Path.Combine(path.Split('/')));
        if (!File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "missing " + path });
            return;
        }

        var type = file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/html";
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
