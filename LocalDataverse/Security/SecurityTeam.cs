namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// A team as security sees it: its business unit and the roles assigned to it. Owner teams have roles and own
/// rows; access teams have no roles and only receive shares, which this also represents (with no roles).
/// </summary>
internal sealed record SecurityTeam(Guid TeamId, Guid BusinessUnitId, IReadOnlyList<SecurityRole> Roles)
{
    public SecurityTeam(Guid teamId, Guid businessUnitId, params SecurityRole[] roles)
        : this(teamId, businessUnitId, (IReadOnlyList<SecurityRole>)roles)
    {
    }
}
