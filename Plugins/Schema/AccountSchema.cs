namespace DataverseSharing.Plugins.Schema;

/// <summary>Logical names of the account columns the package reads or adds.</summary>
public static class AccountSchema
{
    public const string Table = "account";
    public const string Id = "accountid";
    public const string Name = "name";
    public const string IndustryCode = "industrycode";
    public const string Region = "dvs_region";
}
