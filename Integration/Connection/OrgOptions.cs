namespace DataverseSharing.Integration.Connection;

/// <summary>
/// Which org a command runs against: an explicit path (--org), or the default resolution; and who it acts as
/// (--as: a systemuser's full name, sign-in name or id), or null for the console's own user.
/// </summary>
public sealed record OrgOptions(string? OrgPath, string? ActAs = null)
{
    /// <summary>A Dataverse connection string (--connection): the org is reached over the Web API instead.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>A pac.config profile name (--profile): the org is reached over the Web API instead.</summary>
    public string? Profile { get; init; }

    /// <summary>Whether the org is a Web API environment rather than an embedded file.</summary>
    public bool IsWebApi => ConnectionString is not null || Profile is not null;
}
