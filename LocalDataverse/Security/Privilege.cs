namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The eight record privileges Dataverse defines for every table. The names are the verbs of the privilege
/// names (prv<b>Read</b>Opportunity), so <see cref="PrivilegeName"/> can format and parse them.
/// </summary>
public enum Privilege
{
    Create,
    Read,
    Write,
    Delete,
    Append,
    AppendTo,
    Assign,
    Share,
}
