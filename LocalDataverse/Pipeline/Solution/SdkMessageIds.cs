namespace DataverseSharing.LocalDataverse.Pipeline.Solution;

/// <summary>
/// The platform messages' sdkmessageid values. A step file names its message by id only; these ids are the same in
/// every Dataverse environment (Microsoft Learn, "Use messages with the SDK for .NET", lists them), so an unpacked
/// solution's steps can be read without an organization to look them up in.
/// </summary>
internal static class SdkMessageIds
{
    private static readonly Dictionary<Guid, string> Names = new()
    {
        [new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Assign",
        [new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Create",
        [new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Delete",
        [new Guid("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "GrantAccess",
        [new Guid("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Merge",
        [new Guid("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "ModifyAccess",
        [new Guid("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Retrieve",
        [new Guid("03bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveMultiple",
        [new Guid("04bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrievePrincipalAccess",
        [new Guid("10bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveSharedPrincipalsAndAccess",
        [new Guid("11bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RevokeAccess",
        [new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetState",
        [new Guid("1dbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetStateDynamicEntity",
        [new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "Update",
    };

    private static readonly Dictionary<string, Guid> IdsByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string? NameOf(Guid id) => Names.GetValueOrDefault(id);

    /// <summary>The documented id of a message, or null for a message whose id is not documented.</summary>
    public static Guid? IdOf(string message) => IdsByName.TryGetValue(message, out var id) ? id : null;

    /// <summary>The messages with a documented id, for an error that lists them.</summary>
    public static IEnumerable<string> MessageNames => IdsByName.Keys.Order(StringComparer.Ordinal);
}
