namespace DataverseSharing.LocalDataverse.Security;

/// <summary>A share of one row with a user or team (a PrincipalObjectAccess row): who, and which rights.</summary>
public sealed record RecordShare(Guid PrincipalId, RecordAccessRights Rights);
