namespace DataverseSharing.LocalDataverse.Security;

internal enum AccessScopeKind
{
    /// <summary>No row: the privilege is not held at any depth.</summary>
    None,

    /// <summary>Every row: Organization depth, an organization-owned table, or a table without ownership.</summary>
    Unrestricted,

    /// <summary>Rows matching the owner, business unit or share conditions of the scope (any one of them).</summary>
    Restricted,
}
