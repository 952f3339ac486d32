namespace DataverseSharing.Plugins.Schema;

/// <summary>Logical names and status values of the dvs_practicesuggestion table.</summary>
public static class PracticeSuggestionSchema
{
    public const string Table = "dvs_practicesuggestion";
    public const string Id = "dvs_practicesuggestionid";
    public const string Name = "dvs_name";
    public const string Opportunity = "dvs_opportunityid";
    public const string BestPractice = "dvs_bestpracticeid";
    public const string Rank = "dvs_rank";
    public const string Score = "dvs_score";
    public const string Reasons = "dvs_reasons";
    public const string Rating = "dvs_rating";
    public const string DismissReason = "dvs_dismissreason";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string Owner = "ownerid";
    public const string EngineVersion = "dvs_engineversion";
    public const string OwningUser = "owninguser";
    public const string OwningBusinessUnit = "owningbusinessunit";

    /// <summary>The alternate key on (opportunity, practice): one suggestion row per practice and deal.</summary>
    public const string OpportunityPracticeKey = "dvs_practicesuggestion_opportunitypractice";

    public const int StateActive = 0;
    public const int StateInactive = 1;
    public const int StatusSuggested = 1;
    public const int StatusDismissed = 2;
    public const int StatusApplied = 617420000;
}
