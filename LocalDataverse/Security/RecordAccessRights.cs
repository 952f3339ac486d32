namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Access rights on one record, with Dataverse's AccessRights values and names: what a share grants
/// (PrincipalObjectAccess.accessrightsmask) and what the access-check fault names ("AccessRights: ReadAccess").
/// </summary>
[Flags]
internal enum RecordAccessRights
{
    None = 0,
    ReadAccess = 1,
    WriteAccess = 2,
    AppendAccess = 4,
    AppendToAccess = 16,
    CreateAccess = 32,
    DeleteAccess = 65536,
    ShareAccess = 262144,
    AssignAccess = 524288,
}
