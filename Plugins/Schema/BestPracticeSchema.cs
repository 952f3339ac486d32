namespace DataverseSharing.Plugins.Schema;

/// <summary>Logical names and status values of the dvs_bestpractice table (see docs/solution-tables.md).</summary>
public static class BestPracticeSchema
{
    public const string Table = "dvs_bestpractice";
    public const string Id = "dvs_bestpracticeid";
    public const string Name = "dvs_name";
    public const string PracticeKey = "dvs_practicekey";
    public const string Summary = "dvs_summary";
    public const string Body = "dvs_body";
    public const string Topic = "dvs_topic";
    public const string Industries = "dvs_industries";
    public const string Regions = "dvs_regions";
    public const string ProductFamilies = "dvs_productfamilies";
    public const string BuyerRoles = "dvs_buyerroles";
    public const string Competitors = "dvs_competitors";
    public const string Keywords = "dvs_keywords";
    public const string DealSizeBand = "dvs_dealsizeband";
    public const string SalesStages = "dvs_salesstages";
    public const string Version = "dvs_version";
    public const string ReviewOn = "dvs_reviewon";
    public const string ExpiresOn = "dvs_expireson";
    public const string SourceOpportunity = "dvs_sourceopportunityid";
    public const string Approver = "dvs_approverid";
    public const string ApprovedOn = "dvs_approvedon";
    public const string PreviousVersion = "dvs_previousversionid";
    public const string ReviewComment = "dvs_reviewcomment";
    public const string AppliedWon = "dvs_appliedwon";
    public const string AppliedLost = "dvs_appliedlost";
    public const string BaselineWon = "dvs_baselinewon";
    public const string BaselineLost = "dvs_baselinelost";
    public const string CompetitorOutcomes = "dvs_competitoroutcomes";
    public const string TimesApplied = "dvs_timesapplied";
    public const string TimesDismissed = "dvs_timesdismissed";
    public const string RatingCount = "dvs_ratingcount";
    public const string RatingTotal = "dvs_ratingtotal";
    public const string EffectivenessScore = "dvs_effectivenessscore";
    public const string FlaggedForReview = "dvs_flaggedforreview";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string ModifiedOn = "modifiedon";
    public const string VersionNumber = "versionnumber";

    /// <summary>The N:N relationship crediting contributors (systemuser).</summary>
    public const string ContributorRelationship = "dvs_bestpractice_contributor";

    /// <summary>The 1:N from a practice to the revisions that replace it (dvs_previousversionid).</summary>
    public const string PreviousVersionRelationship = "dvs_bestpractice_previousversion";

    /// <summary>Value of the first custom topic; topics are numbered in the order of the global choice.</summary>
    public const int FirstTopicValue = 617420000;

    /// <summary>Value of the first custom deal-size band.</summary>
    public const int FirstDealSizeBandValue = 617420000;

    public const int StateActive = 0;
    public const int StateInactive = 1;
    public const int StatusDraft = 1;
    public const int StatusRetired = 2;
    public const int StatusSubmitted = 617420000;
    public const int StatusApproved = 617420001;
    public const int StatusRejected = 617420002;
}
