namespace DataverseSharing.Integration.Demo;

/// <summary>The customer accounts of the demo org: fictional companies across industries and the three regions.</summary>
public static class DemoAccounts
{
    private static readonly (string Name, int Industry, string City, string Country, string Region)[] Companies =
    {
        ("Northwind Traders", 33, "Seattle", "United States", "North America"),
        ("Contoso Pharmaceuticals", 17, "Boston", "United States", "North America"),
        ("Adventure Works Cycles", 12, "Denver", "United States", "North America"),
        ("Tailspin Freight", 30, "Memphis", "United States", "North America"),
        ("Woodgrove Bank", 16, "Toronto", "Canada", "North America"),
        ("Lakeshore Mutual Insurance", 20, "Chicago", "United States", "North America"),
        ("Prairie Power & Light", 31, "Omaha", "United States", "North America"),
        ("Bellows Medical Group", 11, "Houston", "United States", "North America"),
        ("Cascade Outfitters", 22, "Portland", "United States", "North America"),
        ("Granite Ridge Consulting", 6, "Atlanta", "United States", "North America"),
        ("Maple Leaf Logistics", 30, "Montreal", "Canada", "North America"),
        ("Ironclad Equipment", 12, "Detroit", "United States", "North America"),
        ("Silver Creek Foods", 17, "Minneapolis", "United States", "North America"),
        ("Harborview Clinics", 11, "San Diego", "United States", "North America"),
        ("Summit Wholesale Supply", 33, "Dallas", "United States", "North America"),
        ("Fourth Coffee Retail", 22, "Vancouver", "Canada", "North America"),
        ("Blue Yonder Airlines", 30, "Phoenix", "United States", "North America"),
        ("Litware Financial", 16, "New York", "United States", "North America"),
        ("Rheinland Maschinenbau", 12, "Stuttgart", "Germany", "Europe"),
        ("Nordsee Logistik", 30, "Hamburg", "Germany", "Europe"),
        ("Banque Lumière", 16, "Lyon", "France", "Europe"),
        ("Alpenversicherung", 20, "Munich", "Germany", "Europe"),
        ("Iberia Energía", 31, "Madrid", "Spain", "Europe"),
        ("Fjord Seafood Group", 17, "Bergen", "Norway", "Europe"),
        ("Thames Valley Health", 11, "Reading", "United Kingdom", "Europe"),
        ("Orchard Home Retail", 22, "Manchester", "United Kingdom", "Europe"),
        ("Van der Berg Groothandel", 33, "Rotterdam", "Netherlands", "Europe"),
        ("Milano Servizi Aziendali", 6, "Milan", "Italy", "Europe"),
        ("Baltic Rail Cargo", 30, "Riga", "Latvia", "Europe"),
        ("Helvetia Precision", 12, "Basel", "Switzerland", "Europe"),
        ("Dublin Mutual Assurance", 20, "Dublin", "Ireland", "Europe"),
        ("Nordic Grid Services", 31, "Stockholm", "Sweden", "Europe"),
        ("Vienna Partners Advisory", 6, "Vienna", "Austria", "Europe"),
        ("Polska Hurt", 33, "Warsaw", "Poland", "Europe"),
        ("Sakura Components", 12, "Nagoya", "Japan", "APAC"),
        ("Harbour City Bank", 16, "Sydney", "Australia", "APAC"),
        ("Lion City Freight", 30, "Singapore", "Singapore", "APAC"),
        ("Pacific Shield Insurance", 20, "Auckland", "New Zealand", "APAC"),
        ("Monsoon Foods", 17, "Mumbai", "India", "APAC"),
        ("Southern Cross Utilities", 31, "Melbourne", "Australia", "APAC"),
        ("Jade Garden Retail", 22, "Hong Kong", "China", "APAC"),
        ("Coral Bay Medical", 11, "Brisbane", "Australia", "APAC"),
        ("Bengaluru Business Services", 6, "Bengaluru", "India", "APAC"),
        ("Kowloon Trading Company", 33, "Hong Kong", "China", "APAC"),
        ("Seoul Precision Motors", 12, "Seoul", "South Korea", "APAC"),
        ("Wellington Freight Lines", 30, "Wellington", "New Zealand", "APAC"),
    };

    /// <summary>Creates one account per company, owned by a rep of the unit selling in its region.</summary>
    public static IReadOnlyList<DemoAccount> Create(SeededGuids ids, Random random, IReadOnlyList<DemoUser> users, IReadOnlyList<DemoBusinessUnit> units)
    {
        var repsByRegion = units.Where(u => u.ParentId is not null)
            .ToDictionary(DemoPeople.RegionOf, u => users.Where(x => x.BusinessUnitId == u.Id && x.Role == "Rep").ToList());
        return Companies.Select(c =>
        {
            var reps = repsByRegion[c.Region];
            return new DemoAccount(ids.Next(), c.Name, c.Industry, c.Region, c.City, c.Country, reps[random.Next(reps.Count)].Id);
        }).ToList();
    }
}
