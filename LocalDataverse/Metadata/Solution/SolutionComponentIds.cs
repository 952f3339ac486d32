using System.Security.Cryptography;
using System.Text;

namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Ids for the rows of components whose files carry none (an environment variable definition, a custom API): an
/// import gives them fresh ids; derived from the component's kind and name instead, they stay the same from one
/// opening to the next, so a file database and the rows a test looks up agree.
/// </summary>
internal static class SolutionComponentIds
{
    public static Guid For(string table, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{table}:{name}".ToUpperInvariant()));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: name-based, custom hash
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
