namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The user a request runs as, with what decides their access: their business unit, the roles assigned to
/// them and the teams they belong to (each with its own business unit and roles). The service core builds one
/// per request from systemuser, team, role and their membership tables.
/// </summary>
internal sealed class SecurityPrincipal
{
    public SecurityPrincipal(Guid userId, Guid businessUnitId, IEnumerable<SecurityRole> roles, IEnumerable<SecurityTeam>? teams = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        UserId = userId;
        BusinessUnitId = businessUnitId;
        Roles = roles.ToList();
        Teams = (teams ?? []).ToList();
    }

    public Guid UserId { get; }

    public Guid BusinessUnitId { get; }

    /// <summary>Roles assigned to the user directly.</summary>
    public IReadOnlyList<SecurityRole> Roles { get; }

    public IReadOnlyList<SecurityTeam> Teams { get; }

    /// <summary>True when a role of the user or of one of their teams is System Administrator.</summary>
    public bool IsSystemAdministrator =>
        Roles.Any(r => r.IsSystemAdministrator) || Teams.Any(t => t.Roles.Any(r => r.IsSystemAdministrator));

    /// <summary>Every distinct role that applies, the user's own first: what fault messages count.</summary>
    public IReadOnlyList<SecurityRole> AllRoles =>
        Roles.Concat(Teams.SelectMany(t => t.Roles)).DistinctBy(r => r.Id).ToList();

    public bool IsMemberOf(Guid teamId) => Teams.Any(t => t.TeamId == teamId);

    /// <summary>The user and their teams: every principal a row can be owned by or shared with on their behalf.</summary>
    public IReadOnlyList<Guid> PrincipalIds => [UserId, .. Teams.Select(t => t.TeamId)];
}
