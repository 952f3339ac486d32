namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>Cascade behaviour of a one-to-many relationship for each action on the referenced (parent) row.</summary>
public sealed record CascadeConfiguration
{
    /// <summary>A referential relationship: children keep living; deleting the parent clears their lookup.</summary>
    public static CascadeConfiguration Referential { get; } = new() { Delete = CascadeType.RemoveLink };

    /// <summary>A parental relationship: children follow the parent in every action.</summary>
    public static CascadeConfiguration Parental { get; } = new()
    {
        Assign = CascadeType.Cascade,
        Delete = CascadeType.Cascade,
        Reparent = CascadeType.Cascade,
        Share = CascadeType.Cascade,
        Unshare = CascadeType.Cascade,
    };

    public CascadeType Assign { get; init; } = CascadeType.NoCascade;

    public CascadeType Delete { get; init; } = CascadeType.NoCascade;

    public CascadeType Reparent { get; init; } = CascadeType.NoCascade;

    public CascadeType Share { get; init; } = CascadeType.NoCascade;

    public CascadeType Unshare { get; init; } = CascadeType.NoCascade;
}
