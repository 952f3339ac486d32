namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// A column of a table: its type and the limits Dataverse enforces on writes. Immutable; the catalog builder
/// completes lookups' targets and global choices with <c>with</c> copies.
/// </summary>
public sealed record ColumnDefinition
{
    public required string LogicalName { get; init; }

    public required ColumnType Type { get; init; }

    /// <summary>The schema name (PhysicalName in solution files); defaults to the logical name.</summary>
    public string SchemaName
    {
        get => schemaName ?? LogicalName;
        init => schemaName = value;
    }

    public string? DisplayName { get; init; }

    public RequiredLevel RequiredLevel { get; init; } = RequiredLevel.None;

    /// <summary>Maximum length in characters, for String and Memo.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest allowed value, for Integer, BigInt, Decimal and Money.</summary>
    public decimal? MinValue { get; init; }

    public decimal? MaxValue { get; init; }

    /// <summary>Digits after the decimal point, for Decimal and Money.</summary>
    public int? Precision { get; init; }

    /// <summary>Tables a Lookup, Owner or Customer column can point to.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Choices of a Picklist, MultiSelectPicklist, State, Status or Boolean column.</summary>
    public OptionSetDefinition? OptionSet { get; init; }

    /// <summary>Name of the global choice the column uses, until the catalog resolves it into <see cref="OptionSet"/>.</summary>
    public string? GlobalOptionSetName { get; init; }

    public DateTimeBehavior? DateTimeBehavior { get; init; }

    /// <summary>True when the column shows a date without a time (Format date in solution files).</summary>
    public bool IsDateOnlyFormat { get; init; }

    public bool IsPrimaryId { get; init; }

    public bool IsPrimaryName { get; init; }

    public bool IsCustom { get; init; }

    public bool ValidForCreate { get; init; } = true;

    public bool ValidForUpdate { get; init; } = true;

    public SourceLocation? Source { get; init; }

    /// <summary>True for the lookup kinds, whose value is an EntityReference.</summary>
    public bool IsReference => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;

    /// <summary>
    /// True when the column can point to more than one table, so storage must remember which table each value
    /// points to (Dataverse keeps such a type beside owner and customer columns too).
    /// </summary>
    public bool IsPolymorphic => IsReference && Targets.Count > 1;

    private readonly string? schemaName;
}
