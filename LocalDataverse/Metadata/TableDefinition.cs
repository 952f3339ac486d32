namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>A Dataverse table (entity) with its columns, keys and the names the SDK addresses it by.</summary>
public sealed class TableDefinition
{
    private readonly Dictionary<string, ColumnDefinition> columns;

    public TableDefinition(
        string logicalName,
        string primaryIdAttribute,
        IEnumerable<ColumnDefinition> columns,
        IEnumerable<AlternateKeyDefinition>? keys = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalName);
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryIdAttribute);
        ArgumentNullException.ThrowIfNull(columns);
        LogicalName = logicalName;
        PrimaryIdAttribute = primaryIdAttribute;
        this.columns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        var ordered = new List<ColumnDefinition>();
        foreach (var column in columns)
        {
            if (!this.columns.TryAdd(column.LogicalName, column))
            {
                throw new MetadataException($"Table '{logicalName}' declares the column '{column.LogicalName}' twice.", column.Source);
            }

            ordered.Add(column);
        }

        Columns = ordered;
        Keys = (keys ?? []).ToList();
    }

    public string LogicalName { get; }

    public string PrimaryIdAttribute { get; }

    public string SchemaName { get; init; } = string.Empty;

    public string? DisplayName { get; init; }

    public string? EntitySetName { get; init; }

    public string? PrimaryNameAttribute { get; init; }

    public OwnershipType Ownership { get; init; } = OwnershipType.UserOwned;

    public bool IsCustom { get; init; }

    /// <summary>True for the hidden table that holds the rows of a many-to-many relationship.</summary>
    public bool IsIntersect { get; init; }

    public SourceLocation? Source { get; init; }

    /// <summary>Columns in declaration order, which is also the order storage creates them in.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IReadOnlyList<AlternateKeyDefinition> Keys { get; }

    public bool TryGetColumn(string logicalName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ColumnDefinition? column) =>
        columns.TryGetValue(logicalName, out column);

    public ColumnDefinition? FindColumn(string logicalName) => columns.GetValueOrDefault(logicalName);

    public override string ToString() => LogicalName;
}
