namespace DataverseSharing.RelevanceEval.Data;

/// <summary>
/// The fixed vocabularies the data sets use. They mirror the option sets the CRM exposes, so a value outside
/// them in a data file is a typo that would silently never match anything.
/// </summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> Industries =
    [
        "Manufacturing", "Financial Services", "Healthcare", "Retail", "Public Sector", "Technology",
        "Energy", "Education", "Telecommunications", "Professional Services", "Logistics", "Life Sciences",
    ];

    public static readonly IReadOnlyList<string> Regions =
    [
        "North America", "Latin America", "UK & Ireland", "DACH", "Nordics", "Southern Europe",
        "Middle East & Africa", "APAC",
    ];

    public static readonly IReadOnlyList<string> ProductFamilies =
    [
        "Cloud ERP", "Analytics", "Field Service", "Customer Engagement", "Security", "IoT Platform",
        "Managed Services", "Training",
    ];

    public static readonly IReadOnlyList<string> BuyerRoles =
    [
        "Economic Buyer", "CFO", "CIO", "CISO", "Procurement", "Legal", "Operations Director",
        "Technical Evaluator", "End User", "Champion",
    ];

    public static readonly IReadOnlyList<string> Competitors =
    [
        "Fabrikam", "Northwind", "Litware", "Tailspin", "Wingtip", "Adventure Works",
    ];
}
