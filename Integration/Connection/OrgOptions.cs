namespace DataverseSharing.Integration.Connection;

/// <summary>
/// Which org a command runs against: an explicit path (--org), or the default resolution; and who it acts as
/// (--as: a systemuser's full name, sign-in name or id), or null for the console's own user.
/// </summary>
public sealed record OrgOptions(string? OrgPath, string? ActAs = null);
