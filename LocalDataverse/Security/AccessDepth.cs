namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// How far a privilege reaches, ordered so that a larger value reaches further: the highest depth among a
/// user's roles is the one that counts. The names are the admin UI's; role XML spells them Basic, Local, Deep
/// and Global (see <see cref="AccessDepthLevels"/>).
/// </summary>
public enum AccessDepth
{
    /// <summary>Not granted.</summary>
    None = 0,

    /// <summary>Basic: rows the user owns, or that a team the user belongs to owns.</summary>
    User = 1,

    /// <summary>Local: rows whose owning business unit is the user's.</summary>
    BusinessUnit = 2,

    /// <summary>Deep: rows of the user's business unit and of every business unit below it.</summary>
    ParentChildBusinessUnits = 3,

    /// <summary>Global: every row.</summary>
    Organization = 4,
}
