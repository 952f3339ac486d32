namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The role setting "Member's privilege inheritance": how a role assigned to an owner team reaches the team's
/// members. It only matters for team roles; a role assigned to the user directly always acts for the user.
/// </summary>
public enum MemberPrivilegeInheritance
{
    /// <summary>
    /// "Team privileges only": members act with the role only as the team. User (Basic) depth covers the rows
    /// the team owns, Business unit depth the team's business unit, and so on; members cannot use it for rows
    /// they own themselves.
    /// </summary>
    TeamPrivilegesOnly = 0,

    /// <summary>
    /// "Direct User (Basic) access level and Team privileges", the default of new roles: as above, plus members
    /// get the role's privileges at User (Basic) depth for themselves, so they can own and create rows.
    /// </summary>
    DirectUserBasicAndTeam = 1,
}
