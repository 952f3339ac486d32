namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// The column types the engine stores and validates. Names follow the SDK's AttributeTypeCode so a reader of
/// Dataverse documentation recognises them; the primary key is a Uniqueidentifier with IsPrimaryId.
/// </summary>
public enum ColumnType
{
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Money,
    Boolean,
    DateTime,
    Lookup,
    Owner,
    Customer,
    Picklist,
    MultiSelectPicklist,
    State,
    Status,
    Uniqueidentifier,

    /// <summary>A floating-point number (the SDK's Double; "Float" in the maker portal), held as a double.</summary>
    Double,
}
