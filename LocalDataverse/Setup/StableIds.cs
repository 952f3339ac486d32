using System.Security.Cryptography;
using System.Text;

namespace DataverseSharing.LocalDataverse.Setup;

/// <summary>
/// Ids for registration rows whose source gives none (a code-registered step's plug-in type, a solution's
/// publisher): derived from what names the row, so every open of the same registrations writes the same ids and an
/// up-to-date file is left alone.
/// </summary>
internal static class StableIds
{
    public static Guid Of(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{name.ToUpperInvariant()}"));
        var bytes = hash.AsSpan(0, 16).ToArray();

        // RFC 9562 layout of a name-based id (version 5, variant 10), so the value reads as a proper GUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
