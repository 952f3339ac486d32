using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Builds the security faults with Dataverse's wording, so code and tests written against real Dataverse (and
/// admins reading a trace) recognise them. The texts follow the messages Dataverse writes, for example
/// "Principal user (Id=…, type=8, roleCount=5, privilegeCount=465, accessMode=0), is missing prvReadincident
/// privilege (Id=…) on OTC=112 for entity 'incident'. context.Caller=…" and "SecLib::AccessCheckEx failed.
/// Returned hr = -2147187962, ObjectID: …, OwnerId: …,  OwnerIdType: 8 and CallingUser: …. ObjectTypeCode: 2,
/// objectBusinessUnitId: …, AccessRights: ReadAccess ".
/// </summary>
internal static class SecurityFaults
{
    // accessMode=0 is a read-write (full) user; the engine has no administrative or read-only access modes.
    private const int ReadWriteAccessMode = 0;

    // Assign checks that the new owner can read the row and reports their missing privilege under this prefix.
    private const string OwnerPrefix = "Read Privilege Check For Owner failed with exception: ";

    public static SecurityFaultException MissingPrivilege(SecurityPrincipal principal, TableDefinition table, PrivilegeName privilege) =>
        MissingPrivilege("user", principal.UserId, (int)OwnerType.User, principal.AllRoles, principal.UserId, table, privilege, prefix: null);

    /// <summary>A privilege named outright (a custom API's execute privilege), not one of a table.</summary>
    public static SecurityFaultException MissingPrivilege(SecurityPrincipal principal, string privilegeName)
    {
        var roles = principal.AllRoles;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Principal user (Id={principal.UserId:D}, type={(int)OwnerType.User}, roleCount={roles.Count}, privilegeCount={roles.Sum(r => r.PrivilegeCount)}, accessMode={ReadWriteAccessMode}), " +
            $"is missing {privilegeName} privilege. context.Caller={principal.UserId:D}");
        return new SecurityFaultException(SecurityErrorCodes.MissingPrivilege, message);
    }

    /// <summary>The new owner of an assigned row cannot read it; Dataverse names the owner as principal and the caller.</summary>
    public static SecurityFaultException OwnerCannotRead(SecurityPrincipal caller, SecurityPrincipal owner, TableDefinition table, PrivilegeName privilege) =>
        MissingPrivilege("user", owner.UserId, (int)OwnerType.User, owner.AllRoles, caller.UserId, table, privilege, OwnerPrefix);

    public static SecurityFaultException OwnerCannotRead(SecurityPrincipal caller, SecurityTeam owner, TableDefinition table, PrivilegeName privilege) =>
        MissingPrivilege("team", owner.TeamId, (int)OwnerType.Team, owner.Roles, caller.UserId, table, privilege, OwnerPrefix);

    public static SecurityFaultException AccessCheckFailed(SecurityPrincipal principal, TableDefinition table, RecordSecurityInfo record, RecordAccessRights right)
    {
        var owner = record.Owner;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"SecLib::AccessCheckEx failed. Returned hr = {SecurityErrorCodes.AccessCheckFailed}, ObjectID: {record.RecordId:D}, " +
            $"OwnerId: {owner?.Id ?? Guid.Empty:D},  OwnerIdType: {(int)(owner?.Type ?? OwnerType.User)} and CallingUser: {principal.UserId:D}. " +
            $"ObjectTypeCode: {ObjectTypeCodes.For(table)}, objectBusinessUnitId: {record.OwningBusinessUnitId ?? Guid.Empty:D}, AccessRights: {right} ");
        return new SecurityFaultException(SecurityErrorCodes.AccessCheckFailed, message) { DeniedRight = right };
    }

    private static SecurityFaultException MissingPrivilege(
        string kind, Guid principalId, int type, IReadOnlyList<SecurityRole> roles, Guid caller, TableDefinition table, PrivilegeName privilege, string? prefix)
    {
        var privilegeCount = roles.Sum(r => r.PrivilegeCount);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix}Principal {kind} (Id={principalId:D}, type={type}, roleCount={roles.Count}, privilegeCount={privilegeCount}, accessMode={ReadWriteAccessMode}), " +
            $"is missing {privilege} privilege (Id={privilege.Id:D}) on OTC={ObjectTypeCodes.For(table)} for entity '{table.LogicalName}'. context.Caller={caller:D}");
        return new SecurityFaultException(SecurityErrorCodes.MissingPrivilege, message) { Privilege = privilege };
    }
}
