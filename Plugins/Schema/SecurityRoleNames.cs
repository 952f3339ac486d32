namespace DataverseSharing.Plugins.Schema;

/// <summary>
/// The security roles the guards ask about, by name. Names, not ids: Dataverse copies every role into each business
/// unit under a new roleid, so a user in a child unit holds a copy whose id differs from the one in Solution/src/Roles.
/// </summary>
public static class SecurityRoleNames
{
    public const string SalesManager = "Sales Manager";
    public const string PracticeApprover = "Practice Approver";
    public const string PracticeAdministrator = "Practice Administrator";
}
