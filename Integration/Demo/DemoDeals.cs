using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Demo;

/// <summary>
/// The opportunities of the demo org: open deals at every stage, and closed deals whose outcome is decided
/// later by <see cref="DemoHistory"/> from the practices applied on them.
/// </summary>
public static class DemoDeals
{
    /// <summary>The deal README.md names: open at Qualify, so moving it to Close visibly changes its suggestions.</summary>
    public const string ShowcaseName = "Northwind Traders - Supply Chain Planning rollout";

    /// <summary>State value used for closed deals until <see cref="DemoHistory"/> decides won or lost.</summary>
    public const int Undecided = -1;

    private static readonly string[] Projects = { "rollout", "renewal and expansion", "phase 2", "pilot", "replacement", "upgrade", "modernisation", "regional rollout" };

    public static IReadOnlyList<DemoDeal> Create(SeededGuids ids, Random random, IReadOnlyList<DemoAccount> accounts, DateTime anchorUtc, int count)
    {
        var deals = new List<DemoDeal>
        {
            new(ids.Next(), ShowcaseName, accounts[0].Id, accounts[0].OwnerId, SalesStage.Qualify, 0, 420_000m,
                new[] { "Supply Chain Planning" }, new[] { "SAP" }, new[] { "Operations Director", "CFO" }, 9,
                "Demand planning runs on spreadsheets across 14 warehouses; stock-outs and overstock both rose last year. Also evaluating SAP. Stakeholders met: Operations Director, CFO.",
                "Price lists are maintained by hand for 40,000 items and errors reach invoices.",
                anchorUtc.AddDays(120), 20),
        };
        var names = new HashSet<string>(deals.Select(d => d.Name), StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < count; i++)
        {
            var account = accounts[random.Next(accounts.Count)];
            var product = DemoVocabulary.Products[random.Next(DemoVocabulary.Products.Length)];
            var name = UniqueName(names, $"{account.Name} - {product} {Projects[random.Next(Projects.Length)]}");
            var products = random.NextDouble() < 0.25 ? new[] { product, Other(random, DemoVocabulary.Products, product) } : new[] { product };
            var competitors = Some(random, DemoVocabulary.Competitors, random.Next(0, 3));
            var roles = Some(random, DemoVocabulary.BuyerRoles, random.Next(1, 4));
            var value = RoundValue(Math.Exp(random.NextDouble() * Math.Log(2_500_000.0 / 15_000.0)) * 15_000.0);
            var dmu = value switch { < 50_000m => random.Next(2, 5), < 250_000m => random.Next(3, 8), < 1_000_000m => random.Next(5, 12), _ => random.Next(8, 18) };

            // About 55% open, spread over the four stages; the rest closed, outcome decided by the history.
            var roll = random.NextDouble();
            var (stage, state) = roll < 0.55 ? ((SalesStage)random.Next(0, 4), 0) : (SalesStage.Close, Undecided);
            var close = state == 0 ? anchorUtc.AddDays(random.Next(15, 200)) : anchorUtc.AddDays(-random.Next(10, 400));
            deals.Add(new DemoDeal(ids.Next(), name, account.Id, account.OwnerId, stage, state, value, products, competitors, roles, dmu,
                DealNarratives.Description(random, product, account.IndustryCode, competitors, roles),
                DealNarratives.PainPoints(random, account.IndustryCode),
                close.Date, state == 0 ? 10 + ((int)stage * 20) + random.Next(0, 10) : 100));
        }

        return deals;
    }

    private static string UniqueName(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++)
        {
            candidate = $"{name} ({n})";
        }

        return candidate;
    }

    private static string Other(Random random, string[] values, string not)
    {
        var rest = values.Where(v => v != not).ToArray();
        return rest[random.Next(rest.Length)];
    }

    private static string[] Some(Random random, string[] values, int count) =>
        values.OrderBy(_ => random.Next()).Take(count).ToArray();

    private static decimal RoundValue(double value) => Math.Round((decimal)value / 5_000m, MidpointRounding.AwayFromZero) * 5_000m;
}
