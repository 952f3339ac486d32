using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Answers Dataverse's two questions for a request (…/power-platform/admin/how-record-access-determined):
/// the privilege check (does any role of the user or of their teams grant the privilege at any depth?) and,
/// for an existing row, the access check (does a depth, ownership or a share reach this row?). Pure logic over
/// the data it is given; the service core calls it before touching storage:
/// <list type="bullet">
/// <item>Create: <see cref="CheckRecordAccess"/> with Create and the row's future owner and unit, then
/// <see cref="CheckAppend"/> for each lookup set;</item>
/// <item>Retrieve: <see cref="CheckRecordAccess"/> with Read; RetrieveMultiple: <see cref="CheckPrivilege"/>,
/// then <see cref="ReadScope"/> as the WHERE clause (also for linked tables);</item>
/// <item>Update: Write, plus <see cref="CheckAppend"/> for each lookup changed; Delete: Delete;</item>
/// <item>Assign (or an update of ownerid): <see cref="CheckAssign(SecurityPrincipal, TableDefinition, RecordSecurityInfo, SecurityPrincipal)"/>;
/// GrantAccess / ModifyAccess: <see cref="CheckShare"/>; Associate / Disassociate: <see cref="CheckAssociate"/>.</item>
/// </list>
/// Tables without ownership (intersect tables) have no privileges of their own: every check passes for them
/// and the related tables are checked instead.
/// </summary>
internal sealed class AccessChecker
{
    private readonly BusinessUnitTree businessUnits;

    public AccessChecker(BusinessUnitTree businessUnits)
    {
        ArgumentNullException.ThrowIfNull(businessUnits);
        this.businessUnits = businessUnits;
    }

    public BusinessUnitTree BusinessUnits => businessUnits;

    /// <summary>Whether any role of the user or their teams grants the privilege on the table at any depth.</summary>
    public bool HasPrivilege(SecurityPrincipal principal, TableDefinition table, Privilege privilege)
    {
        Validate(principal, table);
        return table.Ownership == OwnershipType.None || PrivilegeGrants.Of(principal, table, privilege).Count > 0;
    }

    /// <summary>
    /// The deepest grant of the privilege, whatever it is measured from (the user or a team); None when not held.
    /// On an organization-owned table any grant is Organization.
    /// </summary>
    public AccessDepth HighestDepth(SecurityPrincipal principal, TableDefinition table, Privilege privilege)
    {
        Validate(principal, table);
        if (table.Ownership == OwnershipType.None)
        {
            return AccessDepth.Organization;
        }

        var grants = PrivilegeGrants.Of(principal, table, privilege);
        return grants.Count == 0 ? AccessDepth.None : grants.Max(g => g.Depth);
    }

    /// <summary>The privilege check: throws the missing-privilege fault (0x80040220) when no role grants it.</summary>
    public void CheckPrivilege(SecurityPrincipal principal, TableDefinition table, Privilege privilege)
    {
        if (!HasPrivilege(principal, table, privilege))
        {
            throw SecurityFaults.MissingPrivilege(principal, table, PrivilegeName.For(table, privilege));
        }
    }

    /// <summary>The rows of the table the principal may act on with the privilege.</summary>
    public AccessScope ScopeFor(SecurityPrincipal principal, TableDefinition table, Privilege privilege)
    {
        Validate(principal, table);
        var right = privilege.ToAccessRight();
        return table.Ownership == OwnershipType.None
            ? AccessScope.Unrestricted(right)
            : ScopeOf(principal, table, PrivilegeGrants.Of(principal, table, privilege), right);
    }

    /// <summary>The rows a query may return: turn it into the WHERE clause (see <see cref="AccessScope"/>).</summary>
    public AccessScope ReadScope(SecurityPrincipal principal, TableDefinition table) => ScopeFor(principal, table, Privilege.Read);

    public bool CanAccess(SecurityPrincipal principal, TableDefinition table, Privilege privilege, RecordSecurityInfo record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ScopeFor(principal, table, privilege).Allows(record);
    }

    /// <summary>
    /// The privilege check, then the access check on one row: throws 0x80040220 when the privilege is not held
    /// at all, 0x80048306 when it is held but reaches neither the row's owner, nor its unit, nor a share of it.
    /// </summary>
    public void CheckRecordAccess(SecurityPrincipal principal, TableDefinition table, Privilege privilege, RecordSecurityInfo record)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckPrivilege(principal, table, privilege);
        if (!CanAccess(principal, table, privilege, record))
        {
            throw SecurityFaults.AccessCheckFailed(principal, table, record, privilege.ToAccessRight());
        }
    }

    /// <summary>
    /// Setting a lookup: the row that holds the lookup needs Append, the row it points to needs AppendTo
    /// (a practice's source opportunity: Append on the practice, AppendTo on the opportunity).
    /// </summary>
    public void CheckAppend(
        SecurityPrincipal principal,
        TableDefinition referencingTable,
        RecordSecurityInfo referencingRecord,
        TableDefinition referencedTable,
        RecordSecurityInfo referencedRecord)
    {
        CheckRecordAccess(principal, referencingTable, Privilege.Append, referencingRecord);
        CheckRecordAccess(principal, referencedTable, Privilege.AppendTo, referencedRecord);
    }

    /// <summary>Associating two rows in a many-to-many relationship needs Append on both sides.</summary>
    public void CheckAssociate(
        SecurityPrincipal principal,
        TableDefinition firstTable,
        RecordSecurityInfo firstRecord,
        TableDefinition secondTable,
        RecordSecurityInfo secondRecord)
    {
        CheckRecordAccess(principal, firstTable, Privilege.Append, firstRecord);
        CheckRecordAccess(principal, secondTable, Privilege.Append, secondRecord);
    }

    /// <summary>
    /// Giving a row to another user: the caller needs Assign on the row, and the new owner must hold Read on the
    /// table, or they would own a row they cannot open (Dataverse's "Read Privilege Check For Owner failed").
    /// </summary>
    public void CheckAssign(SecurityPrincipal principal, TableDefinition table, RecordSecurityInfo record, SecurityPrincipal newOwner)
    {
        ArgumentNullException.ThrowIfNull(newOwner);
        CheckAssignable(principal, table, record);
        if (PrivilegeGrants.Of(newOwner, table, Privilege.Read).Count == 0)
        {
            throw SecurityFaults.OwnerCannotRead(principal, newOwner, table, PrivilegeName.For(table, Privilege.Read));
        }
    }

    /// <summary>Giving a row to a team: as for a user, the team's own roles must grant Read.</summary>
    public void CheckAssign(SecurityPrincipal principal, TableDefinition table, RecordSecurityInfo record, SecurityTeam newOwner)
    {
        ArgumentNullException.ThrowIfNull(newOwner);
        CheckAssignable(principal, table, record);
        if (PrivilegeGrants.Of(newOwner, table, Privilege.Read).Count == 0)
        {
            throw SecurityFaults.OwnerCannotRead(principal, newOwner, table, PrivilegeName.For(table, Privilege.Read));
        }
    }

    /// <summary>
    /// Sharing a row: the caller needs Share on the row, and can only hand on rights they have on it themselves
    /// (a share never gives more than the sharer holds). Whether the grantee can use a right is decided when they
    /// act: a share counts only for privileges the grantee holds at some depth.
    /// </summary>
    public void CheckShare(SecurityPrincipal principal, TableDefinition table, RecordSecurityInfo record, RecordAccessRights rights)
    {
        RequireOwnedRows(table, "shared");
        CheckRecordAccess(principal, table, Privilege.Share, record);
        foreach (var privilege in rights.ToPrivileges().Where(p => p is not Privilege.Share and not Privilege.Create))
        {
            CheckRecordAccess(principal, table, privilege, record);
        }
    }

    private void CheckAssignable(SecurityPrincipal principal, TableDefinition table, RecordSecurityInfo record)
    {
        RequireOwnedRows(table, "assigned");
        CheckRecordAccess(principal, table, Privilege.Assign, record);
    }

    private static void RequireOwnedRows(TableDefinition table, string verb)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Ownership != OwnershipType.UserOwned)
        {
            throw new ArgumentException($"Rows of '{table.LogicalName}' ({table.Ownership}) have no user or team owner and cannot be {verb}.", nameof(table));
        }
    }

    private AccessScope ScopeOf(SecurityPrincipal principal, TableDefinition table, IReadOnlyList<PrivilegeGrant> grants, RecordAccessRights right)
    {
        if (grants.Count == 0)
        {
            return AccessScope.None(right);
        }

        if (grants.Any(g => g.Depth == AccessDepth.Organization))
        {
            return AccessScope.Unrestricted(right);
        }

        var units = new HashSet<Guid>();
        foreach (var grant in grants)
        {
            if (grant.Depth == AccessDepth.BusinessUnit)
            {
                units.Add(grant.BusinessUnitId);
            }
            else if (grant.Depth == AccessDepth.ParentChildBusinessUnits)
            {
                units.UnionWith(businessUnits.SelfAndDescendants(grant.BusinessUnitId));
            }
        }

        if (table.Ownership == OwnershipType.BusinessOwned)
        {
            return AccessScope.Restricted(right, [], units, []);
        }

        // Ownership: a member of the owning team has access with the privilege at any depth. Rows the user owns
        // need a grant that acts as the user; a role held only as "Team privileges only" does not.
        var owners = new HashSet<Guid>(principal.Teams.Select(t => t.TeamId));
        if (grants.Any(g => g.ActsAsUser))
        {
            owners.Add(principal.UserId);
        }

        return AccessScope.Restricted(right, owners, units, principal.PrincipalIds);
    }

    private static void Validate(SecurityPrincipal principal, TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(table);
    }
}
