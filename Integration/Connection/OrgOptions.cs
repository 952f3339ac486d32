namespace DataverseSharing.Integration.Connection;

/// <summary>Which org a command runs against: an explicit path (--org), or the default resolution.</summary>
public sealed record OrgOptions(string? OrgPath);
