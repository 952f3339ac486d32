namespace DataverseSharing.LocalDataverse.Security;

/// <summary>The access right each privilege is checked as on a record.</summary>
internal static class PrivilegeAccessRights
{
    public static RecordAccessRights ToAccessRight(this Privilege privilege) => privilege switch
    {
        Privilege.Create => RecordAccessRights.CreateAccess,
        Privilege.Read => RecordAccessRights.ReadAccess,
        Privilege.Write => RecordAccessRights.WriteAccess,
        Privilege.Delete => RecordAccessRights.DeleteAccess,
        Privilege.Append => RecordAccessRights.AppendAccess,
        Privilege.AppendTo => RecordAccessRights.AppendToAccess,
        Privilege.Assign => RecordAccessRights.AssignAccess,
        Privilege.Share => RecordAccessRights.ShareAccess,
        _ => throw new ArgumentOutOfRangeException(nameof(privilege), privilege, null),
    };

    /// <summary>The privileges behind a combination of rights, in the order the enumeration declares them.</summary>
    public static IEnumerable<Privilege> ToPrivileges(this RecordAccessRights rights) =>
        Enum.GetValues<Privilege>().Where(p => rights.HasFlag(p.ToAccessRight()));
}
