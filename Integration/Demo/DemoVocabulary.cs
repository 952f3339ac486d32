namespace DataverseSharing.Integration.Demo;

/// <summary>
/// The vocabularies the demo org draws from. Industries are labels of the standard account.industrycode choice
/// (with their values), because the ranking compares a practice's industries with the account's label.
/// </summary>
public static class DemoVocabulary
{
    public static readonly (int Code, string Label)[] Industries =
    {
        (12, "Durable Manufacturing"),
        (16, "Financial"),
        (20, "Insurance"),
        (30, "Transportation"),
        (33, "Wholesale"),
        (31, "Utility Creation and Distribution"),
        (6, "Business Services"),
        (11, "Doctor's Offices and Clinics"),
        (22, "Non-Durable Merchandise Retail"),
        (17, "Food and Tobacco Processing"),
    };

    public static readonly string[] Regions = { "North America", "Europe", "APAC" };

    public static readonly string[] Products = { "Cloud ERP", "Analytics", "Field Service", "Customer Engagement", "Supply Chain Planning", "Security Suite" };

    public static readonly string[] Competitors = { "Salesforce", "SAP", "Oracle", "Workday", "ServiceNow", "HubSpot" };

    public static readonly string[] BuyerRoles = { "CFO", "CIO", "COO", "Procurement", "VP Sales", "IT Security", "Legal", "Operations Director", "Finance Director" };

    public static string IndustryLabel(int code) => Industries.First(i => i.Code == code).Label;
}
