namespace DataverseSharing.Integration.Connection;

/// <summary>
/// The one way commands reach an org. The embedded LocalDataverse file is the default; a real environment
/// (Web API) plugs in here later without touching the commands.
/// </summary>
public interface IConnectionFactory
{
    /// <summary>Opens the org the options name; creates the embedded default with demo data on first use.</summary>
    OrgConnection Open(OrgOptions options);

    /// <summary>Creates a new org (replacing an existing one only when <see cref="OrgOptions"/> allows it).</summary>
    OrgConnection Create(OrgOptions options, bool force);
}
