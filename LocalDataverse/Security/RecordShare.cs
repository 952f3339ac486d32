namespace DataverseSharing.LocalDataverse.Security;

/// <summary>A share of one row with a user or team (a PrincipalObjectAccess row): who, and which rights.</summary>
internal sealed record RecordShare(Guid PrincipalId, RecordAccessRights Rights);
