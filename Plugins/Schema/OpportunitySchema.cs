namespace DataverseSharing.Plugins.Schema;

/// <summary>Logical names of the opportunity columns the package reads or adds.</summary>
public static class OpportunitySchema
{
    public const string Table = "opportunity";
    public const string Id = "opportunityid";
    public const string Name = "name";
    public const string Customer = "customerid";
    public const string ParentAccount = "parentaccountid";
    public const string EstimatedValue = "estimatedvalue";
    public const string ActualValue = "actualvalue";
    public const string SalesStage = "salesstage";
    public const string StepName = "stepname";
    public const string Description = "description";
    public const string CurrentSituation = "currentsituation";
    public const string CustomerNeed = "customerneed";
    public const string CustomerPainPoints = "customerpainpoints";
    public const string ProposedSolution = "proposedsolution";
    public const string EstimatedCloseDate = "estimatedclosedate";
    public const string ActualCloseDate = "actualclosedate";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string Owner = "ownerid";
    public const string IsPracticeSource = "dvs_ispracticesource";
    public const string PracticeSourceNote = "dvs_practicesourcenote";

    /// <summary>The manager whose practice-source tag was accepted; the tag step sets it once.</summary>
    public const string TaggedBy = "dvs_taggedbyid";
    public const string Competitors = "dvs_competitors";
    public const string BuyerRoles = "dvs_buyerroles";
    public const string DecisionUnitSize = "dvs_decisionunitsize";
    public const string ProductFamilies = "dvs_productfamilies";
    public const string Region = "dvs_region";
    public const string OwningBusinessUnit = "owningbusinessunit";

    public const int StateOpen = 0;
    public const int StateWon = 1;
    public const int StateLost = 2;

    /// <summary>
    /// The columns whose change can change a deal's suggestions, comma-separated: a constant, so a step's
    /// FilteringAttributes can name it.
    /// </summary>
    public const string RankingColumnList =
        "salesstage,stepname,estimatedvalue,description,currentsituation,customerneed,customerpainpoints,proposedsolution,"
        + "dvs_competitors,dvs_buyerroles,dvs_decisionunitsize,dvs_productfamilies,dvs_region,parentaccountid,customerid";

    /// <summary>The columns whose change can change a deal's suggestions.</summary>
    public static readonly string[] RankingColumns = RankingColumnList.Split(',');

    /// <summary>The free-text columns whose words feed text relevance.</summary>
    public static readonly string[] TextColumns =
    {
        Name, Description, CurrentSituation, CustomerNeed, CustomerPainPoints, ProposedSolution,
    };
}
