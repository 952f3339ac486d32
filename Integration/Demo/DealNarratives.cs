using System.Globalization;

namespace DataverseSharing.Integration.Demo;

/// <summary>The notes reps write on opportunities: situation by product, pain by industry, and the competition.</summary>
public static class DealNarratives
{
    private static readonly Dictionary<string, string[]> Situations = new(StringComparer.Ordinal)
    {
        ["Cloud ERP"] = new[] { "Finance closes the books in 12 days on an on-premises ERP that goes out of support next year.", "Three acquired subsidiaries run separate ledgers; consolidation is done in spreadsheets." },
        ["Analytics"] = new[] { "Reporting is a weekly export to Excel; managers do not trust the numbers in the board pack.", "Each region builds its own dashboards and the definitions of revenue differ." },
        ["Field Service"] = new[] { "Technicians are dispatched by phone and paper job sheets; first-time fix rate is 71%.", "Service contracts are tracked outside the CRM and SLA breaches are found after the fact." },
        ["Customer Engagement"] = new[] { "Sales, marketing and service keep separate customer lists; leads are lost between teams.", "The contact centre has no view of open orders and repeats questions to customers." },
        ["Supply Chain Planning"] = new[] { "Demand planning runs on spreadsheets; stock-outs and overstock both rose last year.", "Supplier lead times doubled and the planners cannot rebalance inventory across warehouses." },
        ["Security Suite"] = new[] { "A recent phishing incident exposed weak identity controls and no central audit trail.", "Auditors flagged shared admin accounts and missing access reviews." },
    };

    private static readonly Dictionary<int, string[]> Pains = new()
    {
        [12] = new[] { "Plant managers cannot see order backlog by line; overtime costs are rising.", "Warranty claims take weeks to trace back to a production batch." },
        [16] = new[] { "Regulatory reporting needs manual reconciliation each quarter.", "Client onboarding takes three weeks because of KYC paperwork." },
        [20] = new[] { "Claims handling time is above the market; customer complaints are up.", "Policy data lives in two legacy systems that do not agree." },
        [30] = new[] { "Fuel and idle time are untracked per route; margins on contracts are unknown until month end.", "Customers call to ask where shipments are because tracking is not shared." },
        [33] = new[] { "Price lists are maintained by hand for 40,000 items and errors reach invoices.", "Order-to-cash takes too long; DSO rose by nine days." },
        [31] = new[] { "Outage response depends on crews calling in; regulators ask for faster restoration data.", "Asset maintenance is calendar based, not condition based, and costs are rising." },
        [6] = new[] { "Consultant utilisation is reported a month late; bench time is invisible.", "Project margins erode because change requests are not billed." },
        [11] = new[] { "Patient scheduling is fragmented across clinics; no-shows cost revenue.", "Clinicians spend evenings on paperwork; staff turnover is high." },
        [22] = new[] { "Store inventory is inaccurate and online orders are cancelled after payment.", "Promotions are planned without knowing their margin impact." },
        [17] = new[] { "Traceability for recalls is manual and takes days.", "Spoilage is high because production plans ignore shelf life." },
    };

    public static string Description(Random random, string product, int industry, IReadOnlyList<string> competitors, IReadOnlyList<string> roles)
    {
        var situation = Pick(random, Situations[product]);
        var competition = competitors.Count == 0
            ? "No competitor engaged so far; the alternative is doing nothing."
            : string.Create(CultureInfo.InvariantCulture, $"Also evaluating {string.Join(" and ", competitors)}.");
        var people = roles.Count == 0 ? string.Empty : " Stakeholders met: " + string.Join(", ", roles) + ".";
        return situation + " " + competition + people;
    }

    public static string PainPoints(Random random, int industry) => Pick(random, Pains[industry]);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
