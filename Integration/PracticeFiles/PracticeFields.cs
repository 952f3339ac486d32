namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>The fields of a practice file (docs/practice-files.md), in CSV column order.</summary>
public static class PracticeFields
{
    public const string Key = "key";
    public const string Title = "title";
    public const string Topic = "topic";
    public const string Status = "status";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Industries = "industries";
    public const string Regions = "regions";
    public const string ProductFamilies = "productFamilies";
    public const string BuyerRoles = "buyerRoles";
    public const string Competitors = "competitors";
    public const string Keywords = "keywords";
    public const string DealSizeBand = "dealSizeBand";
    public const string SalesStages = "salesStages";
    public const string Version = "version";
    public const string ReviewOn = "reviewOn";
    public const string ExpiresOn = "expiresOn";
    public const string AppliedWon = "appliedWon";
    public const string AppliedLost = "appliedLost";
    public const string BaselineWon = "baselineWon";
    public const string BaselineLost = "baselineLost";
    public const string CompetitorOutcomes = "competitorOutcomes";

    public static readonly string[] All =
    {
        Key, Title, Topic, Status, Summary, Body, Industries, Regions, ProductFamilies, BuyerRoles, Competitors, Keywords,
        DealSizeBand, SalesStages, Version, ReviewOn, ExpiresOn, AppliedWon, AppliedLost, BaselineWon, BaselineLost,
        CompetitorOutcomes,
    };

    /// <summary>Fields holding lists: JSON arrays, or values separated by semicolons in CSV.</summary>
    public static readonly HashSet<string> Lists = new(StringComparer.Ordinal)
    {
        Industries, Regions, ProductFamilies, BuyerRoles, Competitors, Keywords, SalesStages, CompetitorOutcomes,
    };

    /// <summary>Field names compare case-insensitively; this gives the documented spelling.</summary>
    public static string? Canonical(string name) => All.FirstOrDefault(f => string.Equals(f, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
