namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// What an action on a parent row does to its children, as the SDK's CascadeType. Solution files spell
/// <see cref="Active"/> as "ActiveOnly".
/// </summary>
public enum CascadeType
{
    NoCascade,
    Cascade,
    Active,
    UserOwned,
    RemoveLink,
    Restrict,
}
