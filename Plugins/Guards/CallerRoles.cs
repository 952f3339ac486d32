using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Guards;

/// <summary>
/// The names of the security roles a user holds, directly (systemuserroles) or through a team they belong to
/// (teammembership, teamroles), as Dataverse counts them when it checks privileges. Read through a SYSTEM service:
/// the caller is being judged, and may not hold Read on roles.
/// </summary>
/// <remarks>
/// Names, not ids: Dataverse copies every role into each business unit under a new roleid, so the id in
/// Solution/src/Roles matches only the root unit's copy, while every copy keeps the name.
/// </remarks>
public sealed class CallerRoles
{
    private readonly HashSet<string> names;

    private CallerRoles(IEnumerable<string> names) =>
        this.names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);

    /// <summary>Two queries: the user's own roles, and the roles of the user's teams.</summary>
    public static CallerRoles Of(IOrganizationService systemService, Guid userId)
    {
        if (systemService is null)
        {
            throw new ArgumentNullException(nameof(systemService));
        }

        var direct = new QueryExpression("role") { ColumnSet = new ColumnSet("name"), Distinct = true };
        direct.AddLink("systemuserroles", "roleid", "roleid").LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);

        var viaTeams = new QueryExpression("role") { ColumnSet = new ColumnSet("name"), Distinct = true };
        viaTeams.AddLink("teamroles", "roleid", "roleid")
            .AddLink("teammembership", "teamid", "teamid")
            .LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);

        return new CallerRoles(new[] { direct, viaTeams }
            .SelectMany(q => systemService.RetrieveMultiple(q).Entities)
            .Select(r => r.GetAttributeValue<string>("name"))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!));
    }

    /// <summary>Whether the user holds any of the roles named.</summary>
    public bool HoldsAny(params string[] roleNames) => roleNames.Any(names.Contains);
}
