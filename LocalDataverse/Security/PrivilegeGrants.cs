using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Collects every grant of one privilege a principal holds, through their own roles and their teams' roles,
/// adjusted to the depths the table's ownership allows.
/// </summary>
internal static class PrivilegeGrants
{
    public static IReadOnlyList<PrivilegeGrant> Of(SecurityPrincipal principal, TableDefinition table, Privilege privilege)
    {
        var name = PrivilegeName.For(table, privilege);
        var grants = new List<PrivilegeGrant>();
        foreach (var role in principal.Roles)
        {
            Add(grants, table, role.DepthFor(name), null, principal.BusinessUnitId, role.Name);
        }

        foreach (var team in principal.Teams)
        {
            foreach (var role in team.Roles)
            {
                var depth = role.DepthFor(name);
                Add(grants, table, depth, team.TeamId, team.BusinessUnitId, role.Name);
                if (role.Inheritance == MemberPrivilegeInheritance.DirectUserBasicAndTeam && depth != AccessDepth.None)
                {
                    // "Direct User (Basic) access level": members also hold the privilege for themselves, at User depth.
                    Add(grants, table, AccessDepth.User, null, principal.BusinessUnitId, role.Name);
                }
            }
        }

        return grants;
    }

    /// <summary>The grants a team holds as an owner of rows, through its own roles (for the assignee check).</summary>
    public static IReadOnlyList<PrivilegeGrant> Of(SecurityTeam team, TableDefinition table, Privilege privilege)
    {
        var name = PrivilegeName.For(table, privilege);
        var grants = new List<PrivilegeGrant>();
        foreach (var role in team.Roles)
        {
            Add(grants, table, role.DepthFor(name), team.TeamId, team.BusinessUnitId, role.Name);
        }

        return grants;
    }

    private static void Add(List<PrivilegeGrant> grants, TableDefinition table, AccessDepth depth, Guid? teamId, Guid unit, string role)
    {
        var effective = OwnershipDepths.Effective(table.Ownership, depth);
        if (effective != AccessDepth.None)
        {
            grants.Add(new PrivilegeGrant(effective, teamId, unit, role));
        }
    }
}
