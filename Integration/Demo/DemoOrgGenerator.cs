namespace DataverseSharing.Integration.Demo;

/// <summary>Generates the whole demo org in memory from one seeded generator, in a fixed order.</summary>
public static class DemoOrgGenerator
{
    public static DemoOrg Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);

        // Read once: every date of one org is relative to the same day, even when generation spans midnight.
        var anchor = options.AnchorOf();
        var ids = new SeededGuids(random);
        var (units, users, teams) = DemoPeople.Create(ids);
        var accounts = DemoAccounts.Create(ids, random, users, units);
        var deals = DemoDeals.Create(ids, random, accounts, anchor, options.Opportunities);
        var approver = users.First(u => u.Role == "Approver");
        var practices = DemoPractices.Create(ids, random, options.Practices, anchor, approver.Id);
        var history = DemoHistory.Apply(ids, random, deals, practices, accounts);
        return new DemoOrg(units, users, teams, accounts, history.Deals, history.Practices, history.Suggestions);
    }
}
