namespace DataverseSharing.LocalDataverse.Security;

/// <summary>One privilege of a role at a depth, as a RolePrivilege element of role XML declares it.</summary>
public sealed record RolePrivilege(string Name, AccessDepth Depth)
{
    /// <summary>The table privilege the name stands for, or null for a privilege that is not about rows.</summary>
    public PrivilegeName? TablePrivilege => PrivilegeName.TryParse(Name, out var parsed) ? parsed : null;
}
