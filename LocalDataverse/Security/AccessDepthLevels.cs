namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The names role XML (RolePrivilege/@level) and the PrivilegeDepth enumeration give the depths. None has no
/// name there: a role that does not grant a privilege simply leaves it out.
/// </summary>
internal static class AccessDepthLevels
{
    public const string Basic = "Basic";
    public const string Local = "Local";
    public const string Deep = "Deep";
    public const string Global = "Global";

    public static string ToLevel(this AccessDepth depth) => depth switch
    {
        AccessDepth.User => Basic,
        AccessDepth.BusinessUnit => Local,
        AccessDepth.ParentChildBusinessUnits => Deep,
        AccessDepth.Organization => Global,
        _ => throw new ArgumentOutOfRangeException(nameof(depth), depth, "A depth that grants nothing has no role XML level."),
    };

    /// <summary>Parses a level exactly as the schema spells it; the schema's enumeration is case-sensitive.</summary>
    public static bool TryParseLevel(string? level, out AccessDepth depth)
    {
        depth = level switch
        {
            Basic => AccessDepth.User,
            Local => AccessDepth.BusinessUnit,
            Deep => AccessDepth.ParentChildBusinessUnits,
            Global => AccessDepth.Organization,
            _ => AccessDepth.None,
        };
        return depth != AccessDepth.None;
    }
}
