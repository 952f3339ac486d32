namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// One way a principal holds a privilege: a depth, and what the depth is measured from. A role assigned to the
/// user is measured from the user (their rows, their business unit); a role of an owner team from the team
/// (the team's rows, the team's business unit), which is how a team in another business unit opens that unit
/// to its members.
/// </summary>
/// <param name="TeamId">The team the grant acts as; null when it acts as the user.</param>
internal sealed record PrivilegeGrant(AccessDepth Depth, Guid? TeamId, Guid BusinessUnitId, string RoleName)
{
    public bool ActsAsUser => TeamId is null;
}
