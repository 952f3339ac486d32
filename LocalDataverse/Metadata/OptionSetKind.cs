namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>The optionset types solution files distinguish (OptionSetType element).</summary>
public enum OptionSetKind
{
    Picklist,
    State,
    Status,
    Boolean,
}
