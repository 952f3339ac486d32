namespace DataverseSharing.Packer;

/// <summary>Which solution a pack writes: managed (Managed=1, the *_managed.xml variants) or unmanaged.</summary>
public enum SolutionPackageType
{
    Unmanaged,
    Managed,
}
