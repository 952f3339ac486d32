namespace DataverseSharing.Plugins.Schema;

/// <summary>Logical names of the dvs_contributorcredit table: one row per credited user, kept by the credit step.</summary>
public static class ContributorCreditSchema
{
    public const string Table = "dvs_contributorcredit";
    public const string Id = "dvs_contributorcreditid";
    public const string Name = "dvs_name";
    public const string User = "dvs_userid";
    public const string PracticesContributed = "dvs_practicescontributed";
    public const string DealsTagged = "dvs_dealstagged";
    public const string TimesApplied = "dvs_timesapplied";
    public const string AppliedWins = "dvs_appliedwins";
    public const string Owner = "ownerid";

    /// <summary>The alternate key on dvs_userid: one credit row per user, also when two jobs create it at once.</summary>
    public const string UserKey = "dvs_contributorcredit_user";
}
