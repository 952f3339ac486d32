using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>
/// Builds a user's security principal from the organization's rows: the user's business unit, the roles assigned
/// to the user (systemuserroles) and to the user's teams (teammembership, teamroles). A role row is matched to its
/// privileges by id, then by name, because Dataverse copies each role into every business unit under a new id.
/// </summary>
internal sealed class PrincipalLoader
{
    private readonly ISecurityStore store;
    private readonly RoleCatalog roles;

    public PrincipalLoader(ISecurityStore store, RoleCatalog roles)
    {
        this.store = store;
        this.roles = roles;
    }

    /// <summary>The principal, or null when the user has no systemuser row (an unknown caller).</summary>
    public SecurityPrincipal? Load(Guid userId)
    {
        var user = store.Retrieve("systemuser", userId, new ColumnSet("businessunitid"));
        if (user is null)
        {
            return null;
        }

        var businessUnit = user.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty;
        var teams = Related("teammembership", "systemuserid", userId, "teamid")
            .Select(teamId => LoadTeam(teamId, businessUnit))
            .OfType<SecurityTeam>()
            .ToList();
        return new SecurityPrincipal(userId, businessUnit, RolesOf("systemuserroles", "systemuserid", userId), teams);
    }

    /// <summary>
    /// A team with the roles assigned to it (teamroles), or null when it has no team row; its business unit falls
    /// back to <paramref name="fallbackUnit"/> when the row names none.
    /// </summary>
    public SecurityTeam? LoadTeam(Guid teamId, Guid fallbackUnit) =>
        store.Retrieve("team", teamId, new ColumnSet("businessunitid")) is { } team
            ? new SecurityTeam(teamId, team.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? fallbackUnit, RolesOf("teamroles", "teamid", teamId).ToArray())
            : null;

    /// <summary>The organization's business unit tree.</summary>
    public BusinessUnitTree LoadBusinessUnits()
    {
        var units = store.RetrieveAll(new QueryExpression("businessunit") { ColumnSet = new ColumnSet("parentbusinessunitid") })
            .Select(u => new KeyValuePair<Guid, Guid?>(u.Id, u.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id))
            .ToList();
        return units.Count == 0 ? BusinessUnitTree.Single(Guid.Empty) : new BusinessUnitTree(units);
    }

    private IEnumerable<SecurityRole> RolesOf(string intersect, string column, Guid id) =>
        Related(intersect, column, id, "roleid")
            .Select(roleId => roles.Find(roleId) ?? (store.Retrieve("role", roleId, new ColumnSet("name"))?.GetAttributeValue<string>("name") is { } name ? roles.Find(name) : null))
            .OfType<SecurityRole>();

    private IEnumerable<Guid> Related(string intersect, string column, Guid id, string otherColumn)
    {
        var query = new QueryExpression(intersect) { ColumnSet = new ColumnSet(otherColumn) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, id);
        // Intersect columns come back as ids or as references depending on how the table declares them.
        return store.RetrieveAll(query)
            .Select(r => r.Attributes.TryGetValue(otherColumn, out var value) ? value switch
            {
                Guid id => id,
                EntityReference reference => reference.Id,
                _ => Guid.Empty,
            } : Guid.Empty)
            .Where(g => g != Guid.Empty);
    }
}
