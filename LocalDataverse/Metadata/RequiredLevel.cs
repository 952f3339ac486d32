namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>Requirement level of a column, named as the SDK's AttributeRequiredLevel.</summary>
public enum RequiredLevel
{
    None,
    SystemRequired,
    ApplicationRequired,
    Recommended,
}
