using System.Globalization;
using DataverseSharing.LocalDataverse.Service.Faults;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// A change-tracking data token in Dataverse's form, "&lt;version&gt;!&lt;issued, MM/dd/yyyy HH:mm:ss UTC&gt;"
/// (the Web API's $deltatoken "919042!08/22/2017 08:10:44"): the highest row version the caller has seen, and when
/// the token was issued. Changes are returned only while the token is younger than <see cref="Lifetime"/>, the
/// documented default of the organization's ExpireChangeTrackingInDays; an older one faults ExpiredVersionStamp.
/// </summary>
internal readonly record struct DataToken(long Version, DateTime IssuedOn)
{
    /// <summary>Seven days, Dataverse's default.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string DateFormat = "MM/dd/yyyy HH:mm:ss";

    public override string ToString() =>
        Version.ToString(CultureInfo.InvariantCulture) + "!" + IssuedOn.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The version changes are wanted after: 0 for no token (every row); faults for a malformed or expired token.</summary>
    public static long VersionToUse(string? token, DateTime now)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        var parts = token.Split('!');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !DateTime.TryParseExact(parts[1], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var issued))
        {
            throw DataverseFaults.InvalidArgument($"'{token}' is not a data token returned by RetrieveEntityChanges (expected <version>!<MM/dd/yyyy HH:mm:ss>).");
        }

        if (now - issued > Lifetime)
        {
            throw DataverseFaults.Create(ErrorCodes.ExpiredVersionStamp, ExpiredMessage);
        }

        return version;
    }

    /// <summary>The platform's message for ExpiredVersionStamp.</summary>
    public const string ExpiredMessage = "Version stamp associated with the client has expired. Please perform a full sync.";
}
