using System.Security.Cryptography;
using System.Text;

namespace DataverseSharing.Integration.Engine;

/// <summary>
/// The sdkmessageid a step file names its message by. Platform messages have the same id in every environment
/// (Microsoft Learn, "Use messages with the SDK for .NET"); the ones the package's steps use are listed here.
/// Associate, Disassociate, Win and Lose are not: no documented or published id for them was found (Microsoft's
/// pages and samples, and the step files of public unpacked solutions, name only the ids below), so their steps keep
/// the id LocalDataverse derives and sync-registrations warns that an import needs the environment's.
/// </summary>
internal static class PlatformMessageIds
{
    private static readonly Dictionary<string, Guid> Ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["GrantAccess"] = new("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Merge"] = new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["ModifyAccess"] = new("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Retrieve"] = new("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["RetrieveMultiple"] = new("03bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["RevokeAccess"] = new("11bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>The documented id of <paramref name="message"/>, or null when it has none listed here.</summary>
    public static Guid? Of(string message) => Ids.TryGetValue(message, out var id) ? id : null;

    /// <summary>
    /// The id LocalDataverse gives a message without a documented one (its sdkmessage row's), derived from the name.
    /// A Dataverse import needs the environment's own id there; the engine also finds such a message by the name the
    /// step's Name carries ("Type: Message of table").
    /// </summary>
    public static Guid LocalId(string message) => NameBased("sdkmessage", message);

    /// <summary>
    /// LocalDataverse's name-based id of a registration row (LocalDataverse/Setup/StableIds keeps the engine's copy;
    /// the registration tests check that the two agree): SHA-256 of "kind:NAME", laid out as a version-5 GUID.
    /// </summary>
    public static Guid NameBased(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{name.ToUpperInvariant()}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
